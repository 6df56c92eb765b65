package io.parley.domain.model.user;

/** The roles of SPEC.md; {@link #groupName()} is the Jakarta Security group and the stored value. */
public enum Role {
    HR_ADMIN("hr-admin"),
    RECRUITER("recruiter"),
    INTERVIEWER("interviewer"),
    HIRING_MANAGER("hiring-manager"),
    ATS("ats");

    public static final String HR_ADMIN_GROUP = "hr-admin";
    public static final String RECRUITER_GROUP = "recruiter";
    public static final String INTERVIEWER_GROUP = "interviewer";
    public static final String HIRING_MANAGER_GROUP = "hiring-manager";
    public static final String ATS_GROUP = "ats";

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    public String groupName() {
        return groupName;
    }
}
