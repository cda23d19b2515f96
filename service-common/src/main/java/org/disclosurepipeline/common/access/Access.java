package org.disclosurepipeline.common.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.disclosurepipeline.common.http.Problem;
import org.disclosurepipeline.common.http.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the caller's token allows, the same on every service: admins everything; viewers read everything;
 * submitters upload for, and with reviewers read, only the agencies inside the region of their token; reviewers
 * review and approve what lies inside their region ({@link #requireReview}). Endpoints
 * say who may call them with {@code @RolesAllowed}; this answers the questions that depend on the agency.
 */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public String subject() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public boolean seesEverything() {
        return identity.hasRole(Roles.VIEWER) || identity.hasRole(Roles.ADMIN);
    }

    /** The region a submitter uploads for, or null for an admin, who is not limited. */
    public String submitRegion() {
        return identity.hasRole(Roles.ADMIN) ? null : claimedRegion();
    }

    /** Why this caller may not submit for the agency, or null when it may. */
    public String refusalToSubmit(String agencyCode) {
        if (identity.hasRole(Roles.ADMIN)) {
            return null;
        }
        if (!identity.hasRole(Roles.SUBMITTER)) {
            return "the token's roles do not allow uploads (needs " + Roles.SUBMITTER + " or " + Roles.ADMIN + ")";
        }
        String region = claimedRegion();
        return RegionClaim.covers(region, agencyCode) ? null
                : "the token is scoped to region " + region + "; agency " + agencyCode + " is outside it";
    }

    public void requireSubmit(String agencyCode) {
        String refusal = refusalToSubmit(agencyCode);
        if (refusal != null) {
            throw forbidden(refusal);
        }
    }

    /** Reading an agency's submissions, reports and findings, or a region's list of them. */
    public void requireView(String code) {
        if (seesEverything()) {
            return;
        }
        if (!identity.hasRole(Roles.SUBMITTER) && !identity.hasRole(Roles.REVIEWER)) {
            throw forbidden("the token's roles do not allow reading reports (needs " + Roles.VIEWER + ", or "
                    + Roles.SUBMITTER + " or " + Roles.REVIEWER + " of the region)");
        }
        String region = claimedRegion();
        if (!RegionClaim.covers(region, code)) {
            throw forbidden("the token is scoped to region " + region + "; " + code + " is outside it");
        }
    }

    /**
     * Reviewing the findings of an agency, or approving or returning the reports of an agency or region: admins
     * anywhere, reviewers only for what lies strictly inside their region (a county for its townships, a city for its
     * counties), never their own. Returns the reviewer's region, or null for an admin.
     */
    public String requireReview(String code) {
        if (identity.hasRole(Roles.ADMIN)) {
            return null;
        }
        if (!identity.hasRole(Roles.REVIEWER)) {
            throw forbidden("the token's roles do not allow reviews or approvals (needs " + Roles.REVIEWER
                    + " of a region above it, or " + Roles.ADMIN + ")");
        }
        String region = claimedRegion();
        if (!RegionClaim.covers(region, code) || region.length() >= code.length()) {
            throw forbidden("the token is scoped to region " + region + "; " + code
                    + " is not inside it (a reviewer decides for the level below: a county for its townships,"
                    + " a city for its counties)");
        }
        return region;
    }

    /** The validated region claim of a region-scoped token. */
    private String claimedRegion() {
        String region = RegionClaim.text(jwt.getClaim(Roles.REGION_CLAIM));
        String problem = RegionClaim.problem(region);
        if (problem != null) {
            throw forbidden(problem);
        }
        return region;
    }

    static ProblemException forbidden(String reason) {
        return new ProblemException(Problem.field(403, "Forbidden", "Authorization", reason));
    }
}
