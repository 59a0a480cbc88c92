package org.kjt.approvals.base;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * A file of exactly the upload limit is accepted: the request may be the limit plus the
 * multipart envelope, the file itself no more than the limit. Above it the API answers
 * its own 413.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

	/** Room for the form's other parts and the multipart boundaries. */
	static final DataSize ENVELOPE = DataSize.ofKilobytes(512);

	@Bean
	MultipartConfigElement multipartConfigElement(@Value("${approvals.upload.max-size:20MB}") DataSize maxSize) {
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(maxSize);
		factory.setMaxRequestSize(DataSize.ofBytes(maxSize.toBytes() + ENVELOPE.toBytes()));
		return factory.createMultipartConfig();
	}

}
