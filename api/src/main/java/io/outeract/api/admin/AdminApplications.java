package io.outeract.api.admin;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.Callers;
import io.outeract.api.security.AdminCaller;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** For Admin API fields outside this package: the applications the calling admin may see. */
@Component
public class AdminApplications {

    private final AdminAccess access;

    AdminApplications(AdminAccess access) {
        this.access = access;
    }

    /** The application's id once the admin may see it; not found otherwise. */
    public UUID visibleTo(DataFetchingEnvironment env, UUID applicationId) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        return access.application(admin, applicationId).id();
    }
}
