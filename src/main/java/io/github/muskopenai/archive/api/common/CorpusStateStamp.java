package io.github.muskopenai.archive.api.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a resource: each request first reads the corpus state in its own transaction, so the ETag
 * of the answer names exactly the corpus version its data came from (see {@link HttpCaching}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CorpusStateStamp {
}
