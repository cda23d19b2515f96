package org.disclosurepipeline.ingest.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.disclosurepipeline.contract.http.Problem;
import org.disclosurepipeline.contract.http.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the caller's token allows: admins and viewers see everything, admins submit anywhere, a submitter submits
 * and sees only agencies whose code starts with the region of its token.
 */
@RequestScoped
public class RegionScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public String subject() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The region prefix of a submitter, or null when the caller is not limited to a region. */
    public String region() {
        if (identity.hasRole(Roles.ADMIN)) {
            return null;
        }
        Object claim = jwt.getClaim(Roles.REGION_CLAIM);
        String region = claim == null ? "" : claim.toString().replace("\"", "").strip();
        if (region.isEmpty() || !region.chars().allMatch(Character::isDigit)) {
            throw forbidden("the token carries no region code in its '" + Roles.REGION_CLAIM + "' claim");
        }
        return region;
    }

    /** Why this caller may not submit for the agency, or null when it may. */
    public String refusalToSubmit(String agencyCode) {
        String region = region();
        if (region == null || agencyCode.startsWith(region)) {
            return null;
        }
        return "the token is scoped to region " + region + "; agency " + agencyCode + " is outside it";
    }

    public void requireSubmit(String agencyCode) {
        String refusal = refusalToSubmit(agencyCode);
        if (refusal != null) {
            throw forbidden(refusal);
        }
    }

    public void requireView(String agencyCode) {
        if (identity.hasRole(Roles.VIEWER) || identity.hasRole(Roles.ADMIN)) {
            return;
        }
        requireSubmit(agencyCode);
    }

    public boolean seesEverything() {
        return identity.hasRole(Roles.VIEWER) || identity.hasRole(Roles.ADMIN);
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }
}
