package org.disclosurepipeline.common.intake;

import org.disclosurepipeline.common.http.Problem;
import org.disclosurepipeline.common.http.ProblemException;

/** A document the intake will not take: the status to answer, and whether the declared type or the content is at fault. */
public abstract class DocumentRefusal extends RuntimeException {

    private final boolean declaredType;

    protected DocumentRefusal(String reason, boolean declaredType) {
        super(reason);
        this.declaredType = declaredType;
    }

    public abstract int status();

    public abstract String title();

    /**
     * The refusal as a problem naming its field: the Content-Type header when the declared type is at fault, else
     * {@code documentField} (the body, or the form part that held the document).
     */
    public ProblemException problem(String documentField) {
        return new ProblemException(Problem.field(status(), title(), declaredType ? "Content-Type" : documentField,
                getMessage()));
    }
}
