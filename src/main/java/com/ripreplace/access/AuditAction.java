package com.ripreplace.access;

/** What the audit log records. */
public enum AuditAction {
    SIGN_IN, SIGN_IN_FAILED, SIGN_OUT,
    UPLOAD, OVERRIDE,
    PLAN, PLAN_CANCELLED, PLAN_RESTARTED,
    SUBMISSION, DECISION,
    USER_ADDED, USER_DISABLED, USER_ENABLED, PASSWORD_RESET
}
