package io.github.muskopenai.archive.api.common;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.github.muskopenai.archive.domain.CorpusRepository;

/**
 * Runs inside the request's transaction (after the transaction interceptor), before any other
 * statement: in REPEATABLE READ the snapshot starts with this read, so the state recorded is the
 * one every later query of the request sees.
 */
@CorpusStateStamp
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class CorpusStateStamper {

    @Inject
    CorpusRepository corpus;

    @Inject
    ServedCorpusState served;

    @AroundInvoke
    Object stamp(InvocationContext invocation) throws Exception {
        served.set(corpus.stateKey().orElse(null));
        return invocation.proceed();
    }
}
