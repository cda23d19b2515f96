package org.disclosurepipeline.common.access;

/**
 * The roles bearer tokens carry in their {@code groups} claim, the same on every service, and the claim that limits
 * a submitter or reviewer to a region.
 */
public final class Roles {

    /** Uploads reports, and reads their submissions and findings, for agencies inside the token's region. */
    public static final String SUBMITTER = "submitter";
    /**
     * Reads submissions, reports and findings of agencies inside the token's region (no uploads), confirms or
     * dismisses their findings, approves them or returns them for correction.
     */
    public static final String REVIEWER = "reviewer";
    /** Reads everything, everywhere; uploads nothing. */
    public static final String VIEWER = "viewer";
    /** Everything, everywhere, including the admin endpoints. */
    public static final String ADMIN = "admin";
    /** Claim holding a region code of the registry: 61 (a province), 6107 (a city), 610722, 610722111. */
    public static final String REGION_CLAIM = "region";

    private Roles() {
    }
}
