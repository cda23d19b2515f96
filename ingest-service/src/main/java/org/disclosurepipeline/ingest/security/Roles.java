package org.disclosurepipeline.ingest.security;

/** The roles tokens carry (the {@code groups} claim) and the claim that scopes a submitter to a region. */
public final class Roles {

    /** Uploads reports for agencies inside the token's region. */
    public static final String SUBMITTER = "submitter";
    /** Reads every submission and batch. */
    public static final String VIEWER = "viewer";
    /** Everything, everywhere. */
    public static final String ADMIN = "admin";
    /** Claim holding a region code prefix: 610722111 (a township), 610722 (a county), 61 (a province). */
    public static final String REGION_CLAIM = "region";

    private Roles() {
    }
}
