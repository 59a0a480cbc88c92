package org.kjt.approvals.base.ui;

import java.util.List;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Upload fields in the UI's language: the button, the drop hint, progress and errors (the
 * component's own texts are English only).
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * Puts an upload field's texts into the UI's language.
	 * @param upload the field
	 * @return the same field
	 */
	public static Upload localized(Upload upload) {
		UploadI18N i18n = new UploadI18N()
			.setAddFiles(new UploadI18N.AddFiles().setOne(text(upload, "upload.addFile"))
				.setMany(text(upload, "upload.addFiles")))
			.setDropFiles(new UploadI18N.DropFiles().setOne(text(upload, "upload.dropFile"))
				.setMany(text(upload, "upload.dropFiles")))
			.setFile(new UploadI18N.File().setRetry(text(upload, "upload.retry"))
				.setStart(text(upload, "upload.start"))
				.setRemove(text(upload, "upload.remove")))
			.setError(new UploadI18N.Error().setTooManyFiles(text(upload, "upload.tooManyFiles"))
				.setFileIsTooBig(text(upload, "upload.fileIsTooBig"))
				.setIncorrectFileType(text(upload, "upload.incorrectFileType")))
			.setUploading(new UploadI18N.Uploading()
				.setStatus(new UploadI18N.Uploading.Status().setConnecting(text(upload, "upload.connecting"))
					.setStalled(text(upload, "upload.stalled"))
					.setProcessing(text(upload, "upload.processing"))
					.setHeld(text(upload, "upload.held")))
				.setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text(upload, "upload.remaining"))
					.setUnknown(text(upload, "upload.remainingUnknown")))
				.setError(
						new UploadI18N.Uploading.Error().setServerUnavailable(text(upload, "upload.serverUnavailable"))
							.setUnexpectedServerError(text(upload, "upload.serverError"))
							.setForbidden(text(upload, "upload.forbidden"))
							.setFileTooLarge(text(upload, "upload.fileIsTooBig"))))
			.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
		upload.setI18n(i18n);
		return upload;
	}

	private static String text(Upload upload, String key) {
		return upload.getTranslation(key);
	}

}
