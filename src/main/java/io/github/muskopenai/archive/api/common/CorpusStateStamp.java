package io.github.muskopenai.archive.api.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a resource: each request first reads the corpus state in its own transaction, so the ETag
 * of the answer names exactly the corpus version its data came from (see {@link HttpCaching}).
 * <p>
 * A method whose answer is ONE statement opts out of this and of the transaction
 * ({@code @NoClassInterceptors}): one statement is one snapshot, so the statement selects the
 * state next to its data and the method records it in {@link ServedCorpusState}. That saves the
 * transaction's BEGIN and COMMIT and the separate state read. Such methods: a message or a person
 * by id, and a page of messages or events (whose statement also resolves the names in its
 * filters, so that nothing is read from another snapshot).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CorpusStateStamp {
}
