using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Benchmarks;

/// <summary>
/// What "Wat past?" (GET /leerlingen/{id}/passende-settingen) reads, for the country (scripts/benchmark-matching.sh):
/// the levels of every school's ondersteuningsprofiel, the onderwijsbehoeften with levels and expertises of a share of the
/// pupils, a postcode area for every pupil, each samenwerkingsverband's statement of what its arrangement kinds bring,
/// and the national register of aanbieders with their aanbod (<see cref="AanbiederGenerator"/>, working in the
/// country's regions). Each part is skipped when it is there, so a country from before the matching gets only these.
/// </summary>
internal static partial class LandelijkGenerator
{
    /// <summary>
    /// Share of the pupils whose onderwijsbehoeften are written down with levels: about one in eight pupils gets extra
    /// support beyond the basisondersteuning (arrangement, OPP); a round figure, not a measured one.
    /// </summary>
    private const double AandeelMetBehoeften = 0.125;

    /// <summary>The register at national size, as scripts/benchmark-aanbieders.sh measures it (ten lines each).</summary>
    private const int Aanbieders = 10_000;

    /// <summary>
    /// The RIO expertises a pupil's needs name, weighted by how often they occur: behaviour and autism (cluster 4) most,
    /// then the cluster 3 fields and language development (TOS, cluster 2), hearing and sight least.
    /// </summary>
    private static readonly (string Code, int Gewicht)[] Expertisekansen =
    [
        ("GEDRAGSPROBLEMEN", 8), ("AUTISMESPECTRUMSTOORNISSEN", 7), ("SOCIAALPSYCHOLOGISCHE_PROBLEMEN", 5),
        ("TAALONTWIKKELINGSSTOORNISSEN", 4), ("COGNITIEVE_BEPERKINGEN", 3), ("LANGDURIGE_ZIEKTE", 2), ("LICHAMELIJKE_BEPERKINGEN", 2),
        ("EPILEPSIE", 1), ("MEERVOUDIGE_BEPERKINGEN", 1), ("SLECHTHORENDHEID", 2), ("DOOFHEID", 1), ("SLECHTHOREND_MEERVOUDIG_BEPERKT", 1),
        ("DOOF_MEERVOUDIG_BEPERKT", 1), ("VISUELE_BEPERKINGEN", 1), ("VISUEEL_MEERVOUDIG_BEPERKT", 1), ("DOOFBLINDHEID", 1),
    ];

    private const string Matchingtabellen =
        "VACUUM (ANALYZE) leerling; VACUUM (ANALYZE) school; VACUUM (ANALYZE) beleidsinstellingen; VACUUM (ANALYZE) onderwijsbegeleidingsaanbieder; " +
        "VACUUM (ANALYZE) aangeboden_begeleiding";

    private static async Task MatchingAsync(PassendOnderwijsDbContext db, NpgsqlConnection verbinding, List<Swv> swvs, DateOnly vandaag, DateTimeOffset nu)
    {
        await Stap("school: niveaus van het ondersteuningsprofiel (UPDATE)", () => SchoolniveausAsync(verbinding, swvs));
        await Stap("leerling: postcodegebied, onderwijsbehoeften met niveaus en expertises (UPDATE)", () => BehoeftenAsync(verbinding, swvs));
        await Stap("beleidsinstellingen: wat de soorten arrangement brengen (EF)", () => ArrangementinhoudAsync(db, swvs, vandaag, nu));
        await Stap($"register: {Aanbieders} aanbieders met hun aanbod in de regio's van het land (EF)", () => RegisterAsync(db, swvs, vandaag));
    }

    /// <summary>
    /// The country's postcode areas (1000–9999) split into one region per number: PO2001 and VO2001 serve the same
    /// region, as a PO and a VO samenwerkingsverband do in reality. Pupils live in their SWV's region; aanbieders that
    /// work by postcode area pick areas of the region they work in.
    /// </summary>
    private static (int Eerste, int Aantal) Regio(SwvCode swv, int regios)
    {
        var breedte = 9000 / regios;
        return (1000 + (RegioNummer(swv) * breedte), breedte);
    }

    private static int RegioNummer(SwvCode swv) => int.Parse(swv.Waarde[2..], CultureInfo.InvariantCulture) - 2001;

    private static int Regios(List<Swv> swvs) => swvs.Max(s => RegioNummer(s.Code)) + 1;

    /// <summary>
    /// The five levels of every school's ondersteuningsprofiel where none is filled in: a regular school mostly
    /// licht or intensief (now and then geen or zeer intensief), an SBO intensief or zeer intensief, SO and VSO zeer intensief.
    /// </summary>
    private static async Task<int> SchoolniveausAsync(NpgsqlConnection verbinding, List<Swv> swvs)
    {
        const string Velden = "aandacht_en_tijd onderwijsmaterialen ruimtelijke_omgeving expertise samenwerking";
        var zetten = Velden.Split(' ').Select((veld, i) =>
            $"""
            sop_{veld}_niveau = CASE WHEN soort IN ('SO', 'VSO') THEN 3
                                     WHEN soort = 'SBO' THEN 2 + (pg_temp.kans(md5(vestiging)::uuid, {40 + i}) < 0.5)::int
                                     ELSE CASE WHEN pg_temp.kans(md5(vestiging)::uuid, {40 + i}) < 0.05 THEN 0 WHEN pg_temp.kans(md5(vestiging)::uuid, {40 + i}) < 0.5 THEN 1
                                               WHEN pg_temp.kans(md5(vestiging)::uuid, {40 + i}) < 0.95 THEN 2 ELSE 3 END END
            """);
        await using var transactie = await verbinding.BeginTransactionAsync();
        await using var cmd = new NpgsqlCommand(
            Hulpfuncties +
            $"""
            UPDATE school SET {string.Join(",\n", zetten)}
            WHERE samenwerkingsverband = ANY(@swvs) AND num_nonnulls(sop_aandacht_en_tijd_niveau, sop_onderwijsmaterialen_niveau,
                  sop_ruimtelijke_omgeving_niveau, sop_expertise_niveau, sop_samenwerking_niveau) = 0
            """,
            verbinding,
            transactie);
        cmd.Parameters.AddWithValue("swvs", swvs.Select(s => s.Code.Waarde).ToArray());
        var rijen = await cmd.ExecuteNonQueryAsync();
        await transactie.CommitAsync();
        return rijen == 0 ? -1 : rijen;
    }

    /// <summary>
    /// Every pupil without a postcode area gets one in its SWV's region; <see cref="AandeelMetBehoeften"/> of them also
    /// get levels on the five fields (geen 30 %, licht 35 %, intensief 25 %, zeer intensief 10 %) and none, one (half
    /// of them) or two expertises (one in five) drawn by <see cref="Expertisekansen"/>; a pupil with an expertise asks at
    /// least licht on the Expertise field. One pass over the table, so a rerun finds every pupil done and skips.
    /// </summary>
    private static async Task<int> BehoeftenAsync(NpgsqlConnection verbinding, List<Swv> swvs)
    {
        var regios = Regios(swvs);
        var codes = Expertisekansen.SelectMany(e => Enumerable.Repeat($"'{e.Code}'", e.Gewicht)).ToList();
        var lijst = $"(ARRAY[{string.Join(", ", codes)}])";
        string Niveau(int zout) =>
            $"CASE WHEN pg_temp.kans(id, {zout}) < 0.30 THEN 0 WHEN pg_temp.kans(id, {zout}) < 0.65 THEN 1 WHEN pg_temp.kans(id, {zout}) < 0.90 THEN 2 ELSE 3 END";
        await using var transactie = await verbinding.BeginTransactionAsync();
        await using var cmd = new NpgsqlCommand(
            Hulpfuncties +
            $"""
            WITH keuze AS (
                SELECT id, pg_temp.kans(id, 20) < @aandeel AS heeft,
                       CASE WHEN pg_temp.kans(id, 21) < 0.30 THEN 0 WHEN pg_temp.kans(id, 21) < 0.80 THEN 1 ELSE 2 END AS aantal,
                       {lijst}[1 + floor(pg_temp.kans(id, 22) * {codes.Count})::int] AS eerste,
                       {lijst}[1 + floor(pg_temp.kans(id, 23) * {codes.Count})::int] AS tweede,
                       1000 + (substr(samenwerkingsverband, 3)::int - 2001) * @breedte + floor(pg_temp.kans(id, 24) * @breedte)::int AS gebied,
                       {Niveau(30)} AS aandacht, {Niveau(31)} AS materialen, {Niveau(32)} AS ruimte, {Niveau(33)} AS expertise, {Niveau(34)} AS samenwerking
                FROM leerling WHERE samenwerkingsverband = ANY(@swvs) AND postcodegebied IS NULL
            )
            UPDATE leerling l SET
                postcodegebied = k.gebied::text,
                expertises = CASE WHEN NOT k.heeft OR k.aantal = 0 THEN l.expertises
                                  WHEN k.aantal = 1 OR k.eerste = k.tweede THEN ARRAY[k.eerste]
                                  ELSE ARRAY[least(k.eerste, k.tweede), greatest(k.eerste, k.tweede)] END,
                onderwijsbehoefte_aandacht_en_tijd_niveau = CASE WHEN k.heeft THEN k.aandacht END,
                onderwijsbehoefte_onderwijsmaterialen_niveau = CASE WHEN k.heeft THEN k.materialen END,
                onderwijsbehoefte_ruimtelijke_omgeving_niveau = CASE WHEN k.heeft THEN k.ruimte END,
                onderwijsbehoefte_expertise_niveau = CASE WHEN k.heeft THEN greatest(k.expertise, (k.aantal > 0)::int) END,
                onderwijsbehoefte_samenwerking_niveau = CASE WHEN k.heeft THEN k.samenwerking END
            FROM keuze k WHERE l.id = k.id
            """,
            verbinding,
            transactie);
        cmd.Parameters.AddWithValue("swvs", swvs.Select(s => s.Code.Waarde).ToArray());
        cmd.Parameters.AddWithValue("aandeel", AandeelMetBehoeften);
        cmd.Parameters.AddWithValue("breedte", 9000 / regios);
        cmd.CommandTimeout = 0;
        var rijen = await cmd.ExecuteNonQueryAsync();
        await transactie.CommitAsync();
        return rijen == 0 ? -1 : rijen;
    }

    /// <summary>
    /// The statement the demo SWV makes of what its soorten arrangement bring per IVO field, for every generated SWV
    /// whose policy in force says nothing about it: a new version from today (the defaults where it had none), made
    /// through the domain. Every third SWV also offers deeltijdplaatsing elders, so the statements differ a little.
    /// </summary>
    private static async Task<int> ArrangementinhoudAsync(PassendOnderwijsDbContext db, List<Swv> swvs, DateOnly vandaag, DateTimeOffset nu)
    {
        var codes = swvs.Select(s => s.Code).ToList();
        var bestaand = await db.Beleidsinstellingen.IgnoreQueryFilters().Where(b => codes.Contains(b.Id)).ToDictionaryAsync(b => b.Id);
        var rijen = 0;
        foreach (var (swv, i) in swvs.Select((s, i) => (s, i)))
        {
            var beleid = bestaand.GetValueOrDefault(swv.Code);
            var waarden = Beleidsinstellingen.InWerkingOp(beleid, swv.Code, vandaag);
            if (waarden.Arrangementinhoud is { Count: > 0 })
            {
                continue;
            }

            if (beleid is null)
            {
                beleid = Beleidsinstellingen.Nieuw(swv.Code);
                db.Beleidsinstellingen.Add(beleid);
            }

            _ = beleid.LegVast(waarden with { Naam = waarden.Naam ?? $"Samenwerkingsverband {swv.Code.Waarde}", Arrangementinhoud = Arrangementinhoud(i) }, vandaag, vandaag, "benchmark", nu).Waarde;
            rijen++;
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return rijen == 0 ? -1 : rijen;
    }

    private static Arrangementinhoud[] Arrangementinhoud(int swv) =>
    [
        new(SoortArrangement.Onderwijsarrangement, new IvoNiveaus(Intensiteit.Intensief, Intensiteit.Intensief, Intensiteit.Licht, Intensiteit.Licht, null)),
        new(SoortArrangement.OnderwijsJeugdhulparrangement, new IvoNiveaus(Intensiteit.Intensief, Intensiteit.Licht, Intensiteit.Licht, Intensiteit.Intensief, Intensiteit.ZeerIntensief)),
        new(SoortArrangement.InzetExpert, new IvoNiveaus(null, null, null, Intensiteit.ZeerIntensief, Intensiteit.Licht)),
        new(SoortArrangement.Middelen, new IvoNiveaus(null, Intensiteit.Intensief, Intensiteit.Intensief, null, null)),
        new(SoortArrangement.ArrangementCluster12, new IvoNiveaus(null, Intensiteit.Intensief, null, Intensiteit.ZeerIntensief, Intensiteit.Licht)),
        .. swv % 3 == 0
            ? new[] { new Arrangementinhoud(SoortArrangement.DeeltijdplaatsingElders, new IvoNiveaus(Intensiteit.ZeerIntensief, Intensiteit.Intensief, Intensiteit.ZeerIntensief, Intensiteit.Intensief, null)) }
            : [],
    ];

    /// <summary>The national register (<see cref="AanbiederGenerator"/>) when it is smaller, its aanbieders working in the country's regions.</summary>
    private static async Task<int> RegisterAsync(PassendOnderwijsDbContext db, List<Swv> swvs, DateOnly vandaag)
    {
        var regios = Regios(swvs);
        var land = new AanbiederGenerator.Land([.. swvs.Select(s => s.Code)], swv => Regio(swv, regios), vandaag);
        return await AanbiederGenerator.GenereerAsync(db, Aanbieders, land) ? Aanbieders : -1;
    }
}
