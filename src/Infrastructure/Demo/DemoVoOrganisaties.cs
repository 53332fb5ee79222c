using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// A second, VO tenant beside the PO demo: its indeling, one bestuur, a regular VO school and two pupils, so the product
/// shows that each samenwerkingsverband sees only its own data, and the VO side of the OSO handover has a home. All
/// names are invented. The OSO test school (00YY00) joins later, on its own, as in the PO demo: an SO/VSO school takes
/// part in the PO and the VO samenwerkingsverband of its region, so it is a school here too, as VSO, under the same
/// speciaal-onderwijsbestuur, and the VOSWV example dossiers import here.
/// </summary>
internal static class DemoVoOrganisaties
{
    /// <summary>The VO school of the VO demo IB'er and the VO demo LAS.</summary>
    public const string DemoCollege = "78GH00";

    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.VoSamenwerkingsverband).Waarde;
        var vestiging = VestigingCode.Parse(DemoCollege).Waarde;
        if (await db.Samenwerkingsverbanden.IgnoreQueryFilters().AnyAsync(s => s.Id == swvCode, ct).ConfigureAwait(false)
            || await db.Scholen.IgnoreQueryFilters().AnyAsync(s => s.Vestiging == vestiging, ct).ConfigureAwait(false))
        {
            return; // Loaded before, or the installation has its own tenant or school under these codes.
        }

        var swv = Samenwerkingsverband.Registreer(DemoGegevens.VoSamenwerkingsverband, "Samenwerkingsverband VO Demoregio", Sector.Vo).Waarde;
        swv.DeelIn(Samenwerkingsverband.LeesIndeling(
        [
            ("Stad", ["Stad-Oost", "Stad-West"]),
            ("Ommeland", ["Ommeland"]),
        ]).Waarde);
        var bestuur = Schoolbestuur.Registreer(swv.Code, "51234", "Stichting Voortgezet Onderwijs Demo").Waarde;
        var college = DemoOrganisaties.School(swv, bestuur, DemoCollege, "Demo College", SoortSchool.Vo, "Stad", "Stad-Oost",
            DemoOrganisaties.Sop("Mentoruur elke week en een ondersteuningscoördinator per locatie.", "Remediale lessen voor taal en rekenen.",
                "Een rustige stilteruimte en een time-outplek.", "Dyslexiespecialist, faalangstreductietrainer en schoolpsycholoog.",
                "Vaste contacten met de leerplichtambtenaar, het wijkteam en de jeugdarts."));

        var vandaag = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        db.Samenwerkingsverbanden.Add(swv);
        db.Schoolbesturen.Add(bestuur);
        db.Scholen.Add(college);
        db.Leerlingen.AddRange(
            Leerling.Registreer(college, "Lotte", "Smit", vandaag.AddYears(-13), "1 vmbo-t", vandaag).Waarde,
            Leerling.Registreer(college, "Finn", "de Boer", vandaag.AddYears(-14), "2 havo", vandaag).Waarde);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds the OSO test school to the VO demo SWV as VSO, with its bestuur from the PO demo (the same bevoegd gezag,
    /// registered here too when missing), when the VO demo SWV is there and the school is not yet.
    /// </summary>
    public static async Task LaadOsoTestschoolAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.VoSamenwerkingsverband).Waarde;
        var swv = await db.Samenwerkingsverbanden.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == swvCode, ct).ConfigureAwait(false);
        var college = VestigingCode.Parse(DemoCollege).Waarde;
        if (swv is null || !await db.Scholen.IgnoreQueryFilters().AnyAsync(s => s.Samenwerkingsverband == swvCode && s.Vestiging == college, ct).ConfigureAwait(false))
        {
            return; // Not the VO demo.
        }

        var bestaand = await db.Schoolbesturen.IgnoreQueryFilters()
            .FirstOrDefaultAsync(b => b.Samenwerkingsverband == swvCode && b.Nummer == DemoOrganisaties.SpeciaalBestuur, ct).ConfigureAwait(false);
        var speciaal = bestaand ?? Schoolbestuur.Registreer(swvCode, DemoOrganisaties.SpeciaalBestuur, DemoOrganisaties.SpeciaalBestuurNaam).Waarde;
        var school = await DemoOrganisaties.OsoTestschoolAsync(db, swv, speciaal, SoortSchool.Vso, "Stad", "Stad-West",
            DemoOrganisaties.Sop("Klassen van hoogstens 12 leerlingen met een vaste mentor.", "Leerlijnen en stages voor de uitstroom naar arbeid en dagbesteding (cluster 3).",
                "Aangepaste lokalen, een praktijklokaal en een verzorgingsruimte.", "Orthopedagoog, fysiotherapeut en jobcoach in de school.",
                "Vaste contacten met het revalidatiecentrum, het UWV en de gemeente."),
            ct).ConfigureAwait(false);
        if (school is null)
        {
            return;
        }

        if (bestaand is null)
        {
            db.Schoolbesturen.Add(speciaal);
        }

        db.Scholen.Add(school);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
