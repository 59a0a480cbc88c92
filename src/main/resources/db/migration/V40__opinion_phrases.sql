-- 常用意见: each staff member's saved opinion phrases, offered on the task form.
CREATE TABLE inbox_opinion_phrase (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    phrase VARCHAR(500) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_inbox_opinion_phrase UNIQUE (username, phrase)
);
