package org.kjt.approvals.nsf.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.ui.ApplicantStepPanel;
import org.kjt.approvals.nsf.NsfTaskBooks;

/** The funded project's task book, on its case page. */
@org.springframework.stereotype.Component
class TaskBookPanel implements ApplicantStepPanel {

	private final NsfTaskBooks taskBooks;

	private final CaseQueries queries;

	TaskBookPanel(NsfTaskBooks taskBooks, CaseQueries queries) {
		this.taskBooks = taskBooks;
		this.queries = queries;
	}

	@Override
	public boolean handles(String processKey, String step) {
		return "nsf-project".equals(processKey) && "taskBook".equals(step);
	}

	@Override
	public Component panel(CaseView view, Consumer<CaseView> changed) {
		VerticalLayout box = new VerticalLayout();
		box.setId("task-book");
		box.setPadding(false);
		TextArea objectives = area(box, "task-objectives", "nsf.taskBook.objectives");
		TextArea plan = area(box, "task-plan", "nsf.taskBook.plan");
		TextArea budget = area(box, "task-budget", "nsf.taskBook.budget");
		TextArea deliverables = area(box, "task-deliverables", "nsf.taskBook.deliverables");
		Button submit = new Button(box.getTranslation("nsf.taskBook.submit"), (click) -> Refusals
			.attempt(() -> changed.accept(this.queries.get(this.taskBooks
				.submit(view.id(), objectives.getValue(), plan.getValue(), budget.getValue(), deliverables.getValue())
				.id()))));
		submit.setId("task-book-submit");
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		box.add(new H3(box.getTranslation("nsf.taskBook.title")),
				new Paragraph(box.getTranslation("nsf.taskBook.intro")), objectives, plan, budget, deliverables,
				submit);
		return box;
	}

	private static TextArea area(Component owner, String id, String label) {
		TextArea area = new TextArea(owner.getTranslation(label));
		area.setId(id);
		area.setMaxLength(4000);
		area.setWidthFull();
		area.setRequiredIndicatorVisible(true);
		return area;
	}

}
