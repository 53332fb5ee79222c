using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Audit;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpps;
using PassendOnderwijs.Application.Organisaties;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvs;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Infrastructure;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.Infrastructure.Synctokens;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Application.IntegrationTests.Synctokens;

/// <summary>The codec on its own: what it writes comes back, across instances and key rotations, and stays short.</summary>
public class SynctokenTests : IntegratieTest
{
    private static readonly DateOnly Vandaag = DateOnly.FromDateTime(VasteKlok.Standaard.UtcDateTime);

    private ISynctokens Tokens => Scope.GetRequiredService<ISynctokens>();

    [Test]
    public async Task Every_kind_reads_back_what_it_wrote()
    {
        var id = Guid.CreateVersion7();
        var selectie = new AanbiederSelectie(ExpertiseCode.Parse("VISUELE_BEPERKINGEN").Waarde, "PO2705", Cluster.Twee, "Visio");

        (await LeesTerugAsync(new AanbiederCursor(id, 1234))).ShouldBe(new AanbiederCursor(id, 1234));
        (await LeesTerugAsync(new AanbiederCursor(id, 1234, 3, "100A005"))).ShouldBe(new AanbiederCursor(id, 1234, 3, "100A005"));
        (await LeesTerugAsync(new Offsetcursor<ScholenCursor>(250))).ShouldBe(new Offsetcursor<ScholenCursor>(250));
        (await LeesTerugAsync(new WijzigingenToken(1234, Vandaag, selectie))).ShouldBe(new WijzigingenToken(1234, Vandaag, selectie));
        (await LeesTerugAsync(new WijzigingenToken(0, Vandaag, new AanbiederSelectie()))).ShouldBe(new WijzigingenToken(0, Vandaag, new AanbiederSelectie()));
        (await LeesTerugAsync(new Synccursor<ArrangementSync>(id, long.MaxValue))).ShouldBe(new Synccursor<ArrangementSync>(id, long.MaxValue));
        (await LeesTerugAsync(new Feedtoken<ArrangementSync>(0))).ShouldBe(new Feedtoken<ArrangementSync>(0));
        (await LeesTerugAsync(new AuditCursor(id))).ShouldBe(new AuditCursor(id));
        (await LeesTerugAsync(new LeerlingCursor(id))).ShouldBe(new LeerlingCursor(id));
    }

    [Test]
    public async Task The_same_content_gives_the_same_token_so_an_unchanged_page_keeps_its_ETag()
    {
        var inhoud = new Synccursor<ArrangementSync>(Guid.CreateVersion7(), 42);
        (await Tokens.MaakAsync(inhoud, CancellationToken.None)).ShouldBe(await Tokens.MaakAsync(inhoud, CancellationToken.None));
        (await Tokens.MaakAsync(inhoud with { Vanaf = 43 }, CancellationToken.None)).ShouldNotBe(await Tokens.MaakAsync(inhoud, CancellationToken.None));
    }

    [Test]
    public async Task A_token_of_one_kind_is_not_read_as_another_with_the_same_fields()
    {
        var id = Guid.CreateVersion7();
        (await Tokens.LeesAsync<Synccursor<ArrangementSync>>(await Tokens.MaakAsync(new AanbiederCursor(id, 7), CancellationToken.None), CancellationToken.None)).ShouldBeNull();
        (await Tokens.LeesAsync<LeerlingCursor>(await Tokens.MaakAsync(new AuditCursor(id), CancellationToken.None), CancellationToken.None)).ShouldBeNull();
        (await Tokens.LeesAsync<Offsetcursor<ScholenCursor>>(await Tokens.MaakAsync(new Feedtoken<ArrangementSync>(7), CancellationToken.None), CancellationToken.None)).ShouldBeNull();

        // Two offset lists share one cursor type; the list's kind in the token still keeps them apart.
        (await Tokens.LeesAsync<Offsetcursor<TlvCursor>>(await Tokens.MaakAsync(new Offsetcursor<OppCursor>(25), CancellationToken.None), CancellationToken.None)).ShouldBeNull();
    }

    [Test]
    public async Task Tokens_stay_short()
    {
        var id = Guid.CreateVersion7();
        var lengtes = new Dictionary<string, int>
        {
            ["aanbieders cursor"] = (await Tokens.MaakAsync(new AanbiederCursor(id, 1234, 0, "Kentalis"), CancellationToken.None)).Length,
            ["aanbieders wijzigingenToken"] = (await Tokens.MaakAsync(new WijzigingenToken(1234, Vandaag, new AanbiederSelectie()), CancellationToken.None)).Length,
            ["aanbieders wijzigingenToken met selectie"] = (await Tokens.MaakAsync(
                new WijzigingenToken(1234, Vandaag, new AanbiederSelectie(ExpertiseCode.Parse("VISUELE_BEPERKINGEN").Waarde, "PO2705", Cluster.Twee)),
                CancellationToken.None)).Length,
            ["arrangementen cursor"] = (await Tokens.MaakAsync(new Synccursor<ArrangementSync>(id, 1234), CancellationToken.None)).Length,
            ["arrangementen wijzigingenToken"] = (await Tokens.MaakAsync(new Feedtoken<ArrangementSync>(1234), CancellationToken.None)).Length,
            ["auditregels/leerlingen cursor"] = (await Tokens.MaakAsync(new AuditCursor(id), CancellationToken.None)).Length,
        };
        foreach (var (soort, lengte) in lengtes)
        {
            await TestContext.Out.WriteLineAsync($"{soort}: {lengte} characters");
        }

        // Header (3 bytes) + fields + a 16-byte signature: a cursor with an id and a change number fits in 50 characters;
        // the aanbieders cursor also carries its order and the last name shown (here eight letters).
        lengtes["aanbieders cursor"].ShouldBeLessThanOrEqualTo(66);
        lengtes["arrangementen cursor"].ShouldBeLessThanOrEqualTo(50);
        lengtes["aanbieders wijzigingenToken"].ShouldBeLessThanOrEqualTo(40);
        lengtes["arrangementen wijzigingenToken"].ShouldBeLessThanOrEqualTo(30);
        lengtes["auditregels/leerlingen cursor"].ShouldBeLessThanOrEqualTo(47);
    }

    [Test]
    public async Task After_a_key_rotation_old_tokens_still_count_and_every_instance_reads_the_new_ones()
    {
        var inhoud = new Feedtoken<ArrangementSync>(7);
        var voor = await Tokens.MaakAsync(inhoud, CancellationToken.None);

        // A second instance on the same database, at a time when the newest key is due for replacement.
        var nieuwste = await LeesAsync(db => db.Database.SqlQuery<DateTimeOffset>($"SELECT max(aangemaakt_op) AS \"Value\" FROM synctokensleutel").SingleAsync());
        await using var later = Instantie(new VasteKlok(nieuwste.AddDays(new SynctokenOpties().SleutelWisselDagen + 1)));
        var laterTokens = later.GetRequiredService<ISynctokens>();
        var na = await laterTokens.MaakAsync(inhoud, CancellationToken.None);

        na.ShouldNotBe(voor, "a new key signs after the rotation");
        (await laterTokens.LeesAsync<Feedtoken<ArrangementSync>>(voor, CancellationToken.None)).ShouldBe(inhoud, "the old key still checks its tokens");
        (await Tokens.LeesAsync<Feedtoken<ArrangementSync>>(na, CancellationToken.None)).ShouldBe(inhoud, "the first instance finds the key the second made");
    }

    private static ServiceProvider Instantie(TimeProvider klok)
    {
        var configuratie = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseConfiguratie.OmgevingsVariabele] = TestOmgeving.Database.Verbinding })
            .Build();
        var services = new ServiceCollection().AddLogging().AddApplication().AddInfrastructure(configuratie);
        services.AddSingleton(klok);
        return services.BuildServiceProvider();
    }

    private async Task<T?> LeesTerugAsync<T>(T inhoud)
        where T : class, ISynctokenInhoud<T> =>
        await Tokens.LeesAsync<T>(await Tokens.MaakAsync(inhoud, CancellationToken.None), CancellationToken.None);
}
