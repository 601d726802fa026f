package io.outeract.adapters;

/** Whether a connection's credentials work, and the account they speak for. */
public record HealthReport(
        boolean healthy, String externalAccountId, String displayName, String detail) {

    public static HealthReport healthy(String externalAccountId, String displayName) {
        return new HealthReport(true, externalAccountId, displayName, "ok");
    }

    public static HealthReport unhealthy(String detail) {
        return new HealthReport(false, null, null, detail);
    }
}
