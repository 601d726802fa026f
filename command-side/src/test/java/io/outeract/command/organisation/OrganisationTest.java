package io.outeract.command.organisation;

import static io.outeract.command.TestIds.named;

import io.outeract.contract.organisation.ApplicationCreatedEvent;
import io.outeract.contract.organisation.ApplicationRenamedEvent;
import io.outeract.contract.organisation.CreateApplicationCommand;
import io.outeract.contract.organisation.CreateOrganisationCommand;
import io.outeract.contract.organisation.OrganisationCreatedEvent;
import io.outeract.contract.organisation.OrganisationRenamedEvent;
import io.outeract.contract.organisation.RenameApplicationCommand;
import io.outeract.contract.organisation.RenameOrganisationCommand;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final UUID ORGANISATION = named("organisation acme");
    private static final UUID FOUNDER = named("admin ada");
    private static final UUID STRANGER = named("admin mallory");
    private static final UUID APPLICATION = named("application support bot");
    private static final UUID UNKNOWN_APPLICATION = named("application never created");

    private static final String TOO_LONG_NAME = "x".repeat(Names.MAX_LENGTH + 1);
    private static final String LONGEST_NAME = "x".repeat(Names.MAX_LENGTH);

    private static final OrganisationCreatedEvent CREATED =
            new OrganisationCreatedEvent(ORGANISATION, "Acme", FOUNDER, NOW);
    private static final ApplicationCreatedEvent APPLICATION_CREATED =
            new ApplicationCreatedEvent(ORGANISATION, APPLICATION, "Support bot", NOW);

    private FixtureConfiguration<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void createsAnOrganisationWithItsCreatorAsFirstMember() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationCommand(ORGANISATION, "Acme", FOUNDER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(CREATED);
    }

    @Test
    void stripsTheNameOfANewOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationCommand(ORGANISATION, "  Acme \n", FOUNDER))
                .expectEvents(CREATED);
    }

    @Test
    void acceptsANameOfTheLongestLength() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationCommand(ORGANISATION, LONGEST_NAME, FOUNDER))
                .expectEvents(
                        new OrganisationCreatedEvent(ORGANISATION, LONGEST_NAME, FOUNDER, NOW));
    }

    @Test
    void refusesAnOrganisationWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationCommand(ORGANISATION, null, FOUNDER))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnOrganisationWithABlankName() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationCommand(ORGANISATION, "   ", FOUNDER))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("An organisation needs a name")
                .expectNoEvents();
    }

    @Test
    void refusesAnOrganisationWithATooLongName() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationCommand(ORGANISATION, TOO_LONG_NAME, FOUNDER))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("An organisation name has at most 200 characters")
                .expectNoEvents();
    }

    @Test
    void renamesTheOrganisationForAMember() {
        fixture.given(CREATED)
                .when(new RenameOrganisationCommand(ORGANISATION, " Acme Inc ", FOUNDER))
                .expectEvents(new OrganisationRenamedEvent(ORGANISATION, "Acme Inc", NOW));
    }

    @Test
    void refusesToRenameTheOrganisationForANonMember() {
        fixture.given(CREATED)
                .when(new RenameOrganisationCommand(ORGANISATION, "Mine now", STRANGER))
                .expectException(NotAMemberException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToRenameTheOrganisationToABlankName() {
        fixture.given(CREATED)
                .when(new RenameOrganisationCommand(ORGANISATION, "", FOUNDER))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToRenameTheOrganisationToATooLongName() {
        fixture.given(CREATED)
                .when(new RenameOrganisationCommand(ORGANISATION, TOO_LONG_NAME, FOUNDER))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void createsAnApplicationForAMember() {
        fixture.given(CREATED)
                .when(new CreateApplicationCommand(
                        ORGANISATION, APPLICATION, " Support bot ", FOUNDER))
                .expectEvents(APPLICATION_CREATED);
    }

    @Test
    void refusesToCreateAnApplicationForANonMember() {
        fixture.given(CREATED)
                .when(new CreateApplicationCommand(
                        ORGANISATION, APPLICATION, "Support bot", STRANGER))
                .expectException(NotAMemberException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnApplicationWithABlankName() {
        fixture.given(CREATED)
                .when(new CreateApplicationCommand(ORGANISATION, APPLICATION, " ", FOUNDER))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("An application needs a name")
                .expectNoEvents();
    }

    @Test
    void refusesAnApplicationWithATooLongName() {
        fixture.given(CREATED)
                .when(new CreateApplicationCommand(
                        ORGANISATION, APPLICATION, TOO_LONG_NAME, FOUNDER))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesASecondApplicationWithTheSameId() {
        fixture.given(CREATED, APPLICATION_CREATED)
                .when(new CreateApplicationCommand(
                        ORGANISATION, APPLICATION, "Another bot", FOUNDER))
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("The application already exists")
                .expectNoEvents();
    }

    @Test
    void renamesAnApplicationForAMember() {
        fixture.given(CREATED, APPLICATION_CREATED)
                .when(new RenameApplicationCommand(
                        ORGANISATION, APPLICATION, "Sales bot", FOUNDER))
                .expectEvents(
                        new ApplicationRenamedEvent(ORGANISATION, APPLICATION, "Sales bot", NOW));
    }

    @Test
    void refusesToRenameAnApplicationForANonMember() {
        fixture.given(CREATED, APPLICATION_CREATED)
                .when(new RenameApplicationCommand(
                        ORGANISATION, APPLICATION, "Sales bot", STRANGER))
                .expectException(NotAMemberException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToRenameAnUnknownApplication() {
        fixture.given(CREATED, APPLICATION_CREATED)
                .when(new RenameApplicationCommand(
                        ORGANISATION, UNKNOWN_APPLICATION, "Sales bot", FOUNDER))
                .expectException(ApplicationNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToRenameAnApplicationToATooLongName() {
        fixture.given(CREATED, APPLICATION_CREATED)
                .when(new RenameApplicationCommand(
                        ORGANISATION, APPLICATION, TOO_LONG_NAME, FOUNDER))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
