package org.disclosurepipeline.common.http;

/** Thrown by resources to answer with a problem; mapped to {@code application/problem+json}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    /** A refusal naming the parameter, part or header that is wrong and why. */
    public static ProblemException field(int status, String title, String field, String reason) {
        return new ProblemException(Problem.field(status, title, field, reason));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "Bad request", detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not found", detail));
    }

    public Problem problem() {
        return problem;
    }
}
