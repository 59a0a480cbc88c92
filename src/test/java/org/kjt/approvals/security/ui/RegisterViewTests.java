package org.kjt.approvals.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.security.CreditCode;
import org.kjt.approvals.support.KaribuSupport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration marks what is required, says the password rule, and stores nothing until
 * the password is typed the same twice.
 */
class RegisterViewTests extends KaribuSupport {

	@Test
	@SuppressWarnings("unchecked")
	void thePasswordIsTypedTwiceTheSame() {
		UI.getCurrent().navigate("register");
		String username = "reg-ui-" + System.nanoTime() % 100_000;
		PasswordField password = _get(PasswordField.class, (spec) -> spec.withId("register-password"));
		assertThat(password.isRequiredIndicatorVisible()).isTrue();
		assertThat(password.getHelperText()).contains(String.valueOf(this.accounts.minPasswordLength()));
		_get(TextField.class, (spec) -> spec.withId("register-username")).setValue(username);
		password.setValue("a-good-pass-2026");
		_get(PasswordField.class, (spec) -> spec.withId("register-password-again")).setValue("a-good-pass-2027");
		String first17 = "91220101" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
		_get(TextField.class, (spec) -> spec.withId("register-credit-code")).setValue(CreditCode.withCheck(first17));
		((RadioButtonGroup<String>) _get(RadioButtonGroup.class, (spec) -> spec.withId("register-department")))
			.setValue("jilin");
		_click(_get(Button.class, (spec) -> spec.withId("register-submit")));
		assertThat(_get(PasswordField.class, (spec) -> spec.withId("register-password-again")).isInvalid()).isTrue();
		assertThat(this.accounts.find(username)).isEmpty();
	}

}
