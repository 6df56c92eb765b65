package io.parley.domain.model.decision;

/** The first draft of the note to the candidate, from the outcome alone: thanks, what happens next, or an honest no. */
public final class FollowUpNote {

    private FollowUpNote() {}

    public static String draft(Outcome outcome, String candidateName) {
        String hello = "Dear " + candidateName + ",\n\nthank you for the time you spent with us and for your questions;"
                + " the panel enjoyed the conversation.\n\n";
        String body = switch (outcome) {
            case HIRE ->
                "We are glad to tell you that we would like to make you an offer. Your recruiter will be in"
                        + " touch within two working days with the details and to answer anything you still want to know.";
            case NEXT_ROUND ->
                "We would like to continue with a next conversation. Your recruiter will propose times"
                        + " and tell you who you will meet and what it will cover.";
            case NO_HIRE ->
                "After careful consideration we have decided not to continue with your application for"
                        + " this role. This was not an easy decision, and it is not a judgement of your worth; we would be"
                        + " glad to hear from you again for future roles.";
        };
        return hello + body + "\n\nKind regards\n";
    }
}
