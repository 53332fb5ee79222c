using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Behaviours;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.IntegrationTests.Behaviours;

/// <summary>The authorization behaviour: one place that decides from a message's [Toegang] who may send it.</summary>
public class ToegangBehaviourTests
{
    [Test]
    public async Task An_anonymous_caller_is_asked_to_sign_in()
    {
        var uitkomst = await Stuur<AlleenBeheerders>(new TestAanroeper());

        uitkomst.Soort.ShouldBe(FoutSoort.NietAangemeld);
    }

    [TestCase(Rol.SwvBeheerder, true)]
    [TestCase(Rol.SwvMedewerker, false)]
    [TestCase(Rol.SchoolMedewerker, false)]
    public async Task A_person_passes_only_with_a_listed_role(Rol rol, bool toegestaan)
    {
        var uitkomst = await Stuur<AlleenBeheerders>(Gebruiker(rol));

        uitkomst.IsGelukt.ShouldBe(toegestaan);
        if (!toegestaan)
        {
            uitkomst.Soort.ShouldBe(FoutSoort.Verboden);
        }
    }

    [Test]
    public async Task A_client_passes_with_a_listed_scope_and_not_with_another()
    {
        var metScope = new TestAanroeper { Soort = SoortAanroeper.Client, Id = "las", Scopes = ["aanbieders.lezen"] };
        var zonder = new TestAanroeper { Soort = SoortAanroeper.Client, Id = "las", Scopes = ["leerlingen.lezen"] };

        (await Stuur<AanbiedersLezen>(metScope)).IsGelukt.ShouldBeTrue();
        (await Stuur<AanbiedersLezen>(zonder)).Soort.ShouldBe(FoutSoort.Verboden);
    }

    [Test]
    public async Task A_client_refused_for_want_of_a_scope_hears_every_scope_that_would_do()
    {
        var zonder = new TestAanroeper { Soort = SoortAanroeper.Client, Id = "las", Scopes = ["leerlingen.lezen"] };

        var uitkomst = await Stuur<PersoneelOfTweeScopes>(zonder);

        uitkomst.Fouten.Single().Soort.ShouldBe(FoutSoort.Verboden);
        uitkomst.Fouten.Single().VereisteScope.ShouldBe("aanbieders.lezen arrangementen.lezen");
    }

    [Test]
    public async Task A_refusal_that_no_scope_would_lift_names_no_scope()
    {
        var client = new TestAanroeper { Soort = SoortAanroeper.Client, Id = "las", Scopes = ["aanbieders.lezen"] };

        // Only people may do this; and a person's rights come from their role, not from a scope they could ask for.
        (await Stuur<AlleenBeheerders>(client)).Fouten.Single().VereisteScope.ShouldBeNull();
        (await Stuur<PersoneelOfTweeScopes>(Gebruiker(Rol.Expert))).Fouten.Single().VereisteScope.ShouldBeNull();
    }

    [Test]
    public async Task A_client_never_passes_on_a_role_claim()
    {
        var client = new TestAanroeper { Soort = SoortAanroeper.Client, Id = "las", Rollen = ["swv-beheerder"] };

        (await Stuur<AlleenBeheerders>(client)).Soort.ShouldBe(FoutSoort.Verboden);
    }

    [Test]
    public async Task Public_and_internal_messages_pass_without_a_caller()
    {
        (await Stuur<Openbaar>(new TestAanroeper())).IsGelukt.ShouldBeTrue();
        (await Stuur<Intern>(new TestAanroeper())).IsGelukt.ShouldBeTrue();
    }

    [Test]
    public async Task A_step_of_a_functie_passes_the_medewerker_who_holds_it_and_no_other_medewerker()
    {
        var procesbegeleider = Gebruiker(Rol.SwvMedewerker, Functie.RegionaalProcesbegeleider);
        var beleid = Gebruiker(Rol.SwvMedewerker, Functie.Beleidsmedewerker);

        (await Stuur<AlleenProcesbegeleiders>(procesbegeleider)).IsGelukt.ShouldBeTrue();
        (await Stuur<AlleenProcesbegeleiders>(beleid)).Soort.ShouldBe(FoutSoort.Verboden);
        (await Stuur<AlleenProcesbegeleiders>(Gebruiker(Rol.SwvMedewerker))).Soort.ShouldBe(FoutSoort.Verboden);

        // The listed role still passes on its own: the rule is "any one of the conditions".
        (await Stuur<AlleenProcesbegeleiders>(Gebruiker(Rol.SchoolMedewerker))).IsGelukt.ShouldBeTrue();
    }

    [Test]
    public async Task A_functie_claim_opens_nothing_without_the_role_of_medewerker_or_for_a_client()
    {
        var beheerderMetClaim = Gebruiker(Rol.SwvBeheerder, Functie.RegionaalProcesbegeleider);
        var client = new TestAanroeper { Soort = SoortAanroeper.Client, Id = "las", Rollen = ["swv-medewerker"], Functies = ["regionaal-procesbegeleider"] };

        (await Stuur<AlleenProcesbegeleiders>(beheerderMetClaim)).Soort.ShouldBe(FoutSoort.Verboden);
        (await Stuur<AlleenProcesbegeleiders>(client)).Soort.ShouldBe(FoutSoort.Verboden);
    }

    [Test]
    public async Task A_message_without_a_declaration_is_a_bug() =>
        await Should.ThrowAsync<InvalidOperationException>(async () => await Stuur<Onbeschreven>(Gebruiker(Rol.SwvBeheerder)));

    private static TestAanroeper Gebruiker(Rol rol, params Functie[] functies) =>
        new() { Soort = SoortAanroeper.Gebruiker, Id = "g", Rollen = [rol.Code()], Functies = [.. functies.Select(f => f.Code())] };

    private static async Task<Result<int>> Stuur<T>(IHuidigeGebruiker aanroeper)
        where T : Mediator.IMessage, new() =>
        await new ToegangBehaviour<T, Result<int>>(aanroeper).Handle(
            new T(), (_, _) => ValueTask.FromResult<Result<int>>(1), CancellationToken.None);

    [Toegang(Rollen = [Rol.SwvBeheerder])]
    private sealed record AlleenBeheerders : Mediator.IQuery<Result<int>>;

    [Toegang(Scopes = ["aanbieders.lezen"])]
    private sealed record AanbiedersLezen : Mediator.IQuery<Result<int>>;

    [Toegang(Rollen = [Rol.SwvMedewerker], Scopes = ["aanbieders.lezen", "arrangementen.lezen"])]
    private sealed record PersoneelOfTweeScopes : Mediator.IQuery<Result<int>>;

    [Toegang(Rollen = [Rol.SchoolMedewerker], Functies = [Functie.RegionaalProcesbegeleider])]
    private sealed record AlleenProcesbegeleiders : Mediator.IQuery<Result<int>>;

    [Toegang(Openbaar = true)]
    private sealed record Openbaar : Mediator.IQuery<Result<int>>;

    [Intern]
    private sealed record Intern : Mediator.IQuery<Result<int>>;

    private sealed record Onbeschreven : Mediator.IQuery<Result<int>>;
}
