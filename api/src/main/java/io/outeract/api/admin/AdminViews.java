package io.outeract.api.admin;

import io.outeract.api.graphql.Fields;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.query.ApiKeyView;
import io.outeract.contract.query.ApplicationView;
import io.outeract.contract.query.ConnectionView;
import io.outeract.contract.query.OrganisationView;
import java.util.Locale;
import java.util.Map;

/** The shapes the Admin schema gives to read-model views. */
final class AdminViews {

    private AdminViews() {
    }

    static Map<String, Object> organisation(OrganisationView view) {
        return Fields.of("id", view.id(), "name", view.name(),
                "createdAt", Fields.text(view.createdAt()));
    }

    static Map<String, Object> application(ApplicationView view) {
        return Fields.of("id", view.id(), "organisationId", view.organisationId(),
                "name", view.name(), "createdAt", Fields.text(view.createdAt()));
    }

    static Map<String, Object> connection(ConnectionView view) {
        return Fields.of("id", view.id(), "applicationId", view.applicationId(),
                "platformName", view.platform().wireName(),
                "status", view.status().toUpperCase(Locale.ROOT),
                "statusReason", view.statusReason(),
                "externalAccountId", view.externalAccountId(),
                "displayName", view.displayName(), "connectedAt", Fields.text(view.connectedAt()));
    }

    static Map<String, Object> apiKey(ApiKeyView view) {
        return Fields.of("id", view.id(), "applicationId", view.applicationId(),
                "name", view.name(),
                "scopes", view.scopes().stream().map(ApiScope::value).sorted().toList(),
                "revoked", view.revoked(), "issuedAt", Fields.text(view.issuedAt()));
    }
}
