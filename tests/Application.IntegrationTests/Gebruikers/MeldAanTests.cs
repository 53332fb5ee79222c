using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Gebruikers.Commands.MeldAan;
using PassendOnderwijs.Application.Gebruikers.Queries.GeefAangemeldeGebruiker;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Application.IntegrationTests.Gebruikers;

public class MeldAanTests : IntegratieTest
{
    private const string Wachtwoord = "Een-goed-wachtwoord-1";
    private Guid _id;

    [SetUp]
    public async Task RegistreerGebruikerAsync()
    {
        var db = Scope.GetRequiredService<PassendOnderwijsDbContext>();
        var hasher = Scope.GetRequiredService<IWachtwoordHasher>();
        var gebruiker = Gebruiker.Registreer("ib@school.nl", "Ilse", Rol.SchoolMedewerker, "PO2705", ["12AB00"], hasher.Hash(Wachtwoord)).Waarde;
        db.Gebruikers.Add(gebruiker);
        await db.SaveChangesAsync();
        _id = gebruiker.Id.Waarde;
    }

    [Test]
    public async Task The_right_password_signs_in_with_the_users_claims()
    {
        var aanmelding = (await Sender.Send(new MeldAanCommand(Inloggegevens.Lees("IB@school.nl", Wachtwoord)))).Waarde;

        aanmelding.Uitkomst.ShouldBe(AanmeldUitkomst.Gelukt);
        aanmelding.Gebruiker!.ShouldSatisfyAllConditions(
            g => g.Id.ShouldBe(_id),
            g => g.Rol.ShouldBe("school-medewerker"),
            g => g.Samenwerkingsverband.ShouldBe("PO2705"),
            g => g.Vestigingen.ShouldBe(["12AB00"]));
    }

    [Test]
    public async Task An_unknown_address_and_a_wrong_password_get_the_same_answer()
    {
        var onbekend = (await Sender.Send(new MeldAanCommand(Inloggegevens.Lees("niemand@school.nl", Wachtwoord)))).Waarde;
        var verkeerd = (await Sender.Send(new MeldAanCommand(Inloggegevens.Lees("ib@school.nl", "fout")))).Waarde;

        onbekend.ShouldBe(new AanmeldingDto(AanmeldUitkomst.Mislukt, null));
        verkeerd.ShouldBe(new AanmeldingDto(AanmeldUitkomst.Mislukt, null));
    }

    [Test]
    public async Task Failed_attempts_are_stored_and_the_fifth_blocks_the_account()
    {
        for (var i = 0; i < 5; i++)
        {
            await Sender.Send(new MeldAanCommand(Inloggegevens.Lees("ib@school.nl", "fout")));
        }

        var daarna = (await Sender.Send(new MeldAanCommand(Inloggegevens.Lees("ib@school.nl", Wachtwoord)))).Waarde;

        daarna.Uitkomst.ShouldBe(AanmeldUitkomst.Geblokkeerd);
        var opgeslagen = await LeesAsync(db => db.Gebruikers.IgnoreQueryFilters().SingleAsync());
        opgeslagen.GeblokkeerdTot.ShouldNotBeNull();
        (await Sender.Send(new GeefAangemeldeGebruikerQuery(_id))).Soort.ShouldBe(FoutSoort.NietGevonden);
    }

    [Test]
    public async Task Empty_or_oversized_input_is_refused_before_any_hashing()
    {
        var uitkomst = await Sender.Send(new MeldAanCommand(Inloggegevens.Lees("", new string('x', Inloggegevens.MaximaleLengteWachtwoord + 1))));

        uitkomst.Fouten.Select(f => f.Code).ShouldBe(["emailadres-vereist", "ongeldig-wachtwoord"]);
    }
}
