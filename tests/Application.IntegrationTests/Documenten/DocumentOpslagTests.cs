using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Documenten;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Documenten;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Application.IntegrationTests.Documenten;

/// <summary>
/// The default document store against real PostgreSQL: the bytes join the caller's unit of work (both halves or
/// neither), and only a caller who sees the pupil reads them.
/// </summary>
public class DocumentOpslagTests : IntegratieTest
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();
    private static readonly DateTimeOffset Nu = new(2027, 3, 14, 10, 0, 0, TimeSpan.Zero);
    private Leerling _leerling = null!;

    [SetUp]
    public async Task RegistreerLeerlingAsync()
    {
        var db = Scope.GetRequiredService<PassendOnderwijsDbContext>();
        var swv = Samenwerkingsverband.Registreer("PO2705", "Passend Primair").Waarde;
        var bestuur = Schoolbestuur.Registreer(swv.Code, "41234", "Stichting Primair").Waarde;
        var school = School.Registreer(swv, bestuur, VestigingCode.Parse("12AB00").Waarde, "De Regenboog", SoortSchool.Bao, null, null, alGeregistreerdIn: []).Waarde;
        _leerling = Leerling.Registreer(school, "Sam", "Jansen", new DateOnly(2018, 3, 1), "3", new DateOnly(2026, 11, 24)).Waarde;
        db.AddRange(swv, bestuur, school, _leerling);
        await db.SaveChangesAsync();
    }

    private static void MeldAan(IServiceProvider services, Rol rol, params string[] vestigingen)
    {
        var aanroeper = services.GetRequiredService<TestAanroeper>();
        aanroeper.Soort = SoortAanroeper.Gebruiker;
        aanroeper.Id = Guid.CreateVersion7().ToString();
        aanroeper.Samenwerkingsverband = "PO2705";
        aanroeper.Rollen = [rol.Code()];
        aanroeper.Vestigingen = vestigingen;
    }

    private static Task<(int Documenten, int Inhoud)> TelAsync() =>
        LeesAsync(async db => (
            await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM document").SingleAsync(),
            await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM document_inhoud").SingleAsync()));

    private Document Ontvang(Guid leerlingId) =>
        Document.Ontvang(_leerling.Samenwerkingsverband, leerlingId, "verslag.pdf", Pdf, Documentherkomst.Upload, null, new Actor("ib-1", "Ilse"), Nu).Waarde;

    [Test]
    public async Task The_bytes_are_saved_with_the_document_in_one_save_and_read_back_unchanged()
    {
        MeldAan(Scope, Rol.SchoolMedewerker, "12AB00");
        var db = Scope.GetRequiredService<IApplicationDbContext>();
        var opslag = Scope.GetRequiredService<IDocumentOpslag>();
        var document = Ontvang(_leerling.Id);

        db.Documenten.Add(document);
        await opslag.BewaarAsync(document.Id, Pdf, CancellationToken.None);
        (await TelAsync()).ShouldBe((0, 0), "the store does not save on its own");

        await db.SaveChangesAsync(CancellationToken.None);
        (await TelAsync()).ShouldBe((1, 1));

        await using var lezer = TestOmgeving.Services.CreateAsyncScope();
        MeldAan(lezer.ServiceProvider, Rol.SwvMedewerker);
        await using var stroom = await lezer.ServiceProvider.GetRequiredService<IDocumentOpslag>().OpenAsync(document.Id, CancellationToken.None);
        using var kopie = new MemoryStream();
        await stroom.ShouldNotBeNull().CopyToAsync(kopie);
        kopie.ToArray().ShouldBe(Pdf);
    }

    [Test]
    public async Task A_save_that_fails_keeps_neither_the_document_nor_its_bytes()
    {
        MeldAan(Scope, Rol.SwvMedewerker);
        var db = Scope.GetRequiredService<IApplicationDbContext>();
        var document = Ontvang(Guid.CreateVersion7());

        // A pupil that does not exist: the document's row is refused, and with it the bytes of the same save.
        db.Documenten.Add(document);
        await Scope.GetRequiredService<IDocumentOpslag>().BewaarAsync(document.Id, Pdf, CancellationToken.None);
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(CancellationToken.None));

        (await TelAsync()).ShouldBe((0, 0));
    }

    [Test]
    public async Task Another_schools_staff_reads_neither_the_document_nor_its_bytes()
    {
        MeldAan(Scope, Rol.SchoolMedewerker, "12AB00");
        var document = Ontvang(_leerling.Id);
        Scope.GetRequiredService<IApplicationDbContext>().Documenten.Add(document);
        await Scope.GetRequiredService<IDocumentOpslag>().BewaarAsync(document.Id, Pdf, CancellationToken.None);
        await Scope.GetRequiredService<IApplicationDbContext>().SaveChangesAsync(CancellationToken.None);

        await using var ander = TestOmgeving.Services.CreateAsyncScope();
        MeldAan(ander.ServiceProvider, Rol.SchoolMedewerker, "34CD00");
        (await ander.ServiceProvider.GetRequiredService<IApplicationDbContext>().Documenten.CountAsync()).ShouldBe(0);
        (await ander.ServiceProvider.GetRequiredService<IDocumentOpslag>().OpenAsync(document.Id, CancellationToken.None)).ShouldBeNull();
    }
}
