package org.medley.platform;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated method (or every method of the annotated bean) runs again, transaction and all,
 * when the database ends it on a lock conflict ({@link LockConflicts}): a deadlock victim or a lock
 * wait timeout is not the caller's fault and needs no decision from them. Bounded and only where
 * the method opens the transaction: one joining its caller's leaves the retry to that caller, whose
 * transaction the database has already rolled back. Runs outside {@code @Transactional}.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD})
@Around
public @interface RetryLockConflicts {}
