using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Benchmarks;

/// <summary>
/// The country at <c>schaal</c> 1.0: 150 samenwerkingsverbanden (half PO2001…, half VO2001…), 7,000 vestigingen under
/// schoolbesturen, 1,000,000 leerlingen, 1,500,000 arrangementen with their history and 400,000 OPP's, 150,000 TLV's,
/// about 190,000 aanmeldingen and 2,500 thuiszitters (derived in SQL from the pupils, see the partial file of those) and
/// the deadline records (Termijnen) of all of them, and what the matching reads (the partial file of that: levels, postcode
/// areas, the policy's arrangementinhoud and the register of 10,000 aanbieders); 0.01 gives a quick run.
/// PO2001 holds 2% of the pupils (20,000 at 1.0) and gets a beheerder, a beleidsmedewerker and, like the next seven, a medewerker, who sign in with the demo
/// password, to measure as. The organisations and the templates go through the domain and EF (few rows); the
/// leerlingen and arrangementen are copies of those template rows (the OPP's of the demo's plans), as the product stored them, with only their
/// identity varied (ids, owner, vestiging, names, dates of birth, beschikkingsnummer), written with PostgreSQL COPY.
/// The change-number triggers fire on COPY as on any insert. Deterministic per seed except the dates, which follow
/// today; each table is one transaction and is skipped when it is already there, so a second run does nothing.
/// Needs the demo data (the demo medewerker's password hash is reused, so no hasher is needed here).
/// </summary>
internal static partial class LandelijkGenerator
{
    public const string GroteSwv = "PO2001";
    /// <summary>How many samenwerkingsverbanden get a medewerker who writes in the benchmark.</summary>
    public const int Schrijvers = 8;
    public const string BeheerderEmail = "beheerder@po2001.landelijk.passendonderwijs.nl";

    /// <summary>The beleidsmedewerker of PO2001, who reads the beleidsinformatie dashboard in its benchmark.</summary>
    public const string BeleidsmedewerkerEmail = "beleid@po2001.landelijk.passendonderwijs.nl";

    private const string DemoMedewerker = "medewerker@demo.passendonderwijs.nl";
    private const string DemoSwv = "PO2705";
    private const int Samenwerkingsverbanden = 150;
    private const int Vestigingen = 7_000;
    private const int Leerlingen = 1_000_000;
    private const int Arrangementen = 1_500_000;
    private const int Opps = 400_000;
    private const int Tlvs = 150_000;
    private const double AandeelGroteSwv = 0.02;
    private const int SchoolsPerBestuur = 7;

    /// <summary>Template arrangementen built through the domain; every copied arrangement is one of these, re-owned.</summary>
    private const int Sjablonen = 2_000;

    private static readonly string[] Voornamen = ["Sanne", "Daan", "Noah", "Emma", "Liam", "Julia", "Finn", "Tess", "Sem", "Mila", "Lucas", "Zoë", "Levi", "Nora", "Milan", "Saar", "Bram", "Evi", "Jesse", "Lotte", "Luuk", "Fleur", "Thijs", "Anna", "Ruben", "Lieke", "Mees", "Iris", "Jens", "Roos"];
    private static readonly string[] Achternamen = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Berg", "van Dijk", "Schouten", "Willems", "Hoekstra"];

    private sealed record Swv(SwvCode Code, Sector Sector, int Leerlingen, int EersteLeerling, List<VestigingCode> Vestigingen);

    public static async Task GenereerAsync(PassendOnderwijsDbContext db, double schaal)
    {
        var totaal = Stopwatch.StartNew();
        var random = new Random(2001);
        var swvs = Verdeel(schaal, random);
        var nu = DateTimeOffset.UtcNow;
        var vandaag = DateOnly.FromDateTime(nu.UtcDateTime);
        Console.WriteLine(
            $"Schaal {schaal.ToString(CultureInfo.InvariantCulture)}: {swvs.Count} samenwerkingsverbanden, {swvs.Sum(s => s.Vestigingen.Count)} vestigingen, " +
            $"{swvs.Sum(s => s.Leerlingen)} leerlingen ({GroteSwv}: {swvs[0].Leerlingen}), {(int)(Arrangementen * schaal)} arrangementen.");

        await Stap("samenwerkingsverbanden, schoolbesturen, vestigingen (EF)", () => OrganisatiesAsync(db, swvs));
        await Stap("gebruikers (EF)", () => GebruikersAsync(db, swvs));
        await db.Database.OpenConnectionAsync();
        var verbinding = (NpgsqlConnection)db.Database.GetDbConnection();
        if (await BestaatAsync(verbinding, "leerling", swvs[^1].Code) && await BestaatAsync(verbinding, "arrangement", swvs[^1].Code))
        {
            Console.WriteLine("  leerling, arrangement: al aanwezig, overgeslagen");
            await ZakenAsync(verbinding, swvs, schaal, random);
            await MatchingAsync(db, verbinding, swvs, vandaag, nu);
            await Stap("VACUUM (ANALYZE)", async () => { await Sql(verbinding, $"{Zaaktabellen}; {Matchingtabellen};"); return 0; });
            Console.WriteLine($"Klaar in {totaal.Elapsed.TotalSeconds:F1} s.");
            return;
        }

        var sjablonen = await Stap("sjablonen: 1 leerling en " + Sjablonen + " arrangementen door het domein (EF, teruggedraaid)", () => SjablonenAsync(db, swvs[0], vandaag, nu));
        var leerlingIds = LeerlingIds(swvs, random);
        await Stap("leerling (COPY)", () => LeerlingenAsync(verbinding, swvs, leerlingIds, sjablonen.Leerling, vandaag, random));
        await Stap("arrangement (COPY)", () => ArrangementenAsync(verbinding, swvs, leerlingIds, sjablonen.Arrangementen, (int)(Arrangementen * schaal), random));
        await Stap("arrangement_telling", () => TellingenAsync(verbinding, swvs));
        await ZakenAsync(verbinding, swvs, schaal, random);
        await MatchingAsync(db, verbinding, swvs, vandaag, nu);
        // Vacuumed as well as analysed: the first reads after a bulk COPY would otherwise set hint bits and write pages,
        // which the benchmark would measure as slow requests.
        await Stap("VACUUM (ANALYZE)", async () => { await Sql(verbinding, $"VACUUM (ANALYZE) arrangement; {Zaaktabellen}; {Matchingtabellen};"); return 0; });
        Console.WriteLine($"Klaar in {totaal.Elapsed.TotalSeconds:F1} s.");
    }

    private const string Zaaktabellen =
        "VACUUM (ANALYZE) ontwikkelingsperspectiefplan; VACUUM (ANALYZE) toelaatbaarheidsverklaring; VACUUM (ANALYZE) aanmelding; VACUUM (ANALYZE) thuiszitter; VACUUM (ANALYZE) termijn";

    /// <summary>The cases beside the arrangementen, each kind skipped when it is there, and the Termijnen of them all.</summary>
    private static async Task ZakenAsync(NpgsqlConnection verbinding, List<Swv> swvs, double schaal, Random random)
    {
        await Stap("ontwikkelingsperspectiefplan (COPY)", () => OppsAsync(verbinding, swvs, (int)(Opps * schaal), random));
        await Stap("toelaatbaarheidsverklaring (COPY)", () => TlvsAsync(verbinding, swvs, (int)(Tlvs * schaal), random));
        await Stap("aanmelding (INSERT … SELECT)", () => AanmeldingenAsync(verbinding, swvs));
        await Stap("thuiszitter (INSERT … SELECT)", () => ThuiszittersAsync(verbinding, swvs));
        await Stap("termijn (INSERT … SELECT)", () => TermijnenAsync(verbinding, swvs));
    }

    /// <summary>Splits the country: PO2001 gets its 2% first, the others share the rest with some spread.</summary>
    private static List<Swv> Verdeel(double schaal, Random random)
    {
        var aantal = Math.Max(2, (int)Math.Round(Samenwerkingsverbanden * Math.Min(1, schaal * 10)));
        var leerlingen = (int)(Leerlingen * schaal);
        var vestigingen = Math.Max(aantal * 2, (int)(Vestigingen * schaal));
        var gewichten = Enumerable.Range(0, aantal - 1).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var groot = (int)(leerlingen * AandeelGroteSwv);
        var rest = leerlingen - groot;
        var swvs = new List<Swv>();
        var eerste = 0;
        var vestigingNummer = 0;
        for (var i = 0; i < aantal; i++)
        {
            var po = i % 2 == 0;
            var code = SwvCode.Parse($"{(po ? "PO" : "VO")}{2001 + (i / 2)}").Waarde;
            var n = i == 0 ? groot : i == aantal - 1 ? leerlingen - eerste : (int)(rest * gewichten[i - 1] / gewichten.Sum());
            var v = Math.Max(1, (int)Math.Round((double)vestigingen * n / leerlingen));
            var codes = Enumerable.Range(vestigingNummer, v).Select(Vestigingcode).ToList();
            vestigingNummer += v;
            swvs.Add(new Swv(code, po ? Sector.Po : Sector.Vo, n, eerste, codes));
            eerste += n;
        }

        return swvs;
    }

    /// <summary>60AA00, 60AB00, … up to 70…: BRIN numbers no demo school uses (they have 00, 12, 34, 56 and 78).</summary>
    private static VestigingCode Vestigingcode(int nummer) =>
        VestigingCode.Parse($"{60 + (nummer / 676)}{(char)('A' + (nummer / 26 % 26))}{(char)('A' + (nummer % 26))}00").Waarde;

    private static async Task<int> OrganisatiesAsync(PassendOnderwijsDbContext db, List<Swv> swvs)
    {
        var laatste = swvs[^1].Code;
        if (await db.Samenwerkingsverbanden.IgnoreQueryFilters().AnyAsync(s => s.Id == laatste))
        {
            return -1;
        }

        if (await db.Samenwerkingsverbanden.IgnoreQueryFilters().AnyAsync(s => s.Id == swvs[0].Code))
        {
            throw new InvalidOperationException($"{GroteSwv} exists but {laatste.Waarde} does not: the country was generated at another scale. Drop the database first.");
        }

        // One transaction, so a failed run leaves nothing half made.
        await using var transactie = await db.Database.BeginTransactionAsync();
        var rijen = 0;
        var bestuursnummer = 70000;
        foreach (var swv in swvs)
        {
            var verband = Samenwerkingsverband.Registreer(swv.Code.Waarde, $"Samenwerkingsverband {swv.Code.Waarde}", swv.Sector).Waarde;
            db.Samenwerkingsverbanden.Add(verband);
            Schoolbestuur? bestuur = null;
            for (var i = 0; i < swv.Vestigingen.Count; i++)
            {
                if (i % SchoolsPerBestuur == 0)
                {
                    bestuur = Schoolbestuur.Registreer(swv.Code, $"{bestuursnummer++}", $"Stichting Onderwijs {bestuursnummer}").Waarde;
                    db.Schoolbesturen.Add(bestuur);
                    rijen++;
                }

                var soort = swv.Sector == Sector.Vo ? SoortSchool.Vo : i % 10 == 9 ? SoortSchool.Sbo : SoortSchool.Bao;
                db.Scholen.Add(School.Registreer(verband, bestuur!, swv.Vestigingen[i], $"School {swv.Vestigingen[i].Waarde}", soort, null, null, []).Waarde);
            }

            rijen += 1 + swv.Vestigingen.Count;
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await transactie.CommitAsync();
        return rijen;
    }

    /// <summary>
    /// A beheerder of PO2001 (who registers the LAS koppeling) and a medewerker in each of the first
    /// <see cref="Schrijvers"/> samenwerkingsverbanden (PO2001's measures the reads; together they write across tenants),
    /// with the demo medewerker's password hash, so the demo password.
    /// </summary>
    private static async Task<int> GebruikersAsync(PassendOnderwijsDbContext db, List<Swv> swvs)
    {
        var gebruikers = await db.Gebruikers.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var hash = gebruikers.Find(g => g.Email.Waarde == DemoMedewerker)?.WachtwoordHash
            ?? throw new InvalidOperationException($"{DemoMedewerker} is missing: start the API with Demo__Aan=true first.");
        var nieuw = swvs.Take(Schrijvers).Select(s => (Email: Medewerker(s.Code), Naam: $"Mo Medewerker ({s.Code.Waarde})", Rol: Rol.SwvMedewerker, Swv: s.Code.Waarde, Functies: Array.Empty<Functie>()))
            .Append((Email: BeheerderEmail, Naam: "Bea Beheer (PO2001)", Rol: Rol.SwvBeheerder, Swv: GroteSwv, Functies: []))
            .Append((Email: BeleidsmedewerkerEmail, Naam: "Bella Beleid (PO2001)", Rol: Rol.SwvMedewerker, Swv: GroteSwv, Functies: [Functie.Beleidsmedewerker]))
            .Where(n => !gebruikers.Exists(g => g.Email.Waarde == n.Email))
            .ToList();
        if (nieuw.Count == 0)
        {
            return -1;
        }

        foreach (var (email, naam, rol, swv, functies) in nieuw)
        {
            db.Gebruikers.Add(Gebruiker.Registreer(email, naam, rol, swv, [], hash).Waarde.ZetFuncties(functies).Waarde);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return nieuw.Count;
    }

    /// <summary>medewerker@po2001.landelijk.passendonderwijs.nl and so on.</summary>
    public static string Medewerker(SwvCode swv) => $"medewerker@{swv.Waarde.ToLowerInvariant()}.landelijk.passendonderwijs.nl";

    private sealed record Sjabloon(string[] Kolommen, string[] Typen, List<object?[]> Rijen)
    {
        public int Index(string kolom) => Array.IndexOf(Kolommen, kolom) is var i and >= 0 ? i : throw new InvalidOperationException($"Column {kolom} is not mapped.");
    }

    /// <summary>
    /// The templates: one pupil of PO2001 and <see cref="Sjablonen"/> arrangementen for it, built through the domain
    /// the way <see cref="ArrangementGenerator"/> does and saved by EF, read back as stored, then rolled back (one pupil
    /// with thousands of arrangementen would skew PO2001).
    /// </summary>
    private static async Task<(Sjabloon Leerling, Sjabloon Arrangementen)> SjablonenAsync(PassendOnderwijsDbContext db, Swv groot, DateOnly vandaag, DateTimeOffset nu)
    {
        var vestiging = groot.Vestigingen[0];
        var school = await db.Scholen.IgnoreQueryFilters().SingleAsync(s => s.Samenwerkingsverband == groot.Code && s.Vestiging == vestiging);
        var leerling = Leerling.Registreer(school, "Sanne", "de Vries", vandaag.AddYears(-9), "6", vandaag).Waarde;
        db.Leerlingen.Add(leerling);
        var random = new Random(2705);
        for (var i = 0; i < Sjablonen; i++)
        {
            db.Arrangementen.Add(ArrangementGenerator.MaakWillekeurig(i, leerling, vandaag, nu, random));
        }

        await using var transactie = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var verbinding = (NpgsqlConnection)db.Database.GetDbConnection();
        var sjablonen = (await LeesAsync(verbinding, "leerling", "id = @id", leerling.Id),
            await LeesAsync(verbinding, "arrangement", "leerling_id = @id", leerling.Id));
        await transactie.RollbackAsync();
        return sjablonen;
    }

    /// <summary>The stored columns of a table (not the generated ones, not versie, which the trigger numbers) and the rows matching a filter.</summary>
    private static async Task<Sjabloon> LeesAsync(NpgsqlConnection verbinding, string tabel, string filter, object waarde)
    {
        var kolommen = new List<string>();
        await using (var cmd = new NpgsqlCommand(
            "SELECT attname FROM pg_attribute WHERE attrelid = @tabel::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' AND attname <> 'versie' ORDER BY attnum",
            verbinding))
        {
            cmd.Parameters.AddWithValue("tabel", tabel);
            await using var lezer = await cmd.ExecuteReaderAsync();
            while (await lezer.ReadAsync())
            {
                kolommen.Add(lezer.GetString(0));
            }
        }

        await using var query = new NpgsqlCommand($"SELECT {string.Join(", ", kolommen)} FROM {tabel} WHERE {filter} ORDER BY id", verbinding);
        query.Parameters.AddWithValue(filter.Split('@')[1], waarde);
        await using var rijen = await query.ExecuteReaderAsync();
        var typen = Enumerable.Range(0, rijen.FieldCount).Select(i => rijen.GetPostgresType(i).Name).ToArray();
        var sjabloon = new Sjabloon([.. kolommen], typen, []);
        while (await rijen.ReadAsync())
        {
            var rij = new object?[rijen.FieldCount];
            for (var i = 0; i < rij.Length; i++)
            {
                rij[i] = await rijen.IsDBNullAsync(i) ? null : rijen.GetValue(i);
            }

            sjabloon.Rijen.Add(rij);
        }

        return sjabloon;
    }

    /// <summary>Every pupil's id, in one array (PO2001's first): v7-shaped, so they sort by registration as the product's do.</summary>
    private static Guid[] LeerlingIds(List<Swv> swvs, Random random)
    {
        var ids = new Guid[swvs.Sum(s => s.Leerlingen)];
        var start = DateTimeOffset.UtcNow.AddYears(-3).ToUnixTimeMilliseconds();
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Versie7(start + (i * 60L), random);
        }

        return ids;
    }

    private static Guid Versie7(long milliseconden, Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconden >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static async Task<int> LeerlingenAsync(NpgsqlConnection verbinding, List<Swv> swvs, Guid[] ids, Sjabloon sjabloon, DateOnly vandaag, Random random)
    {
        if (await BestaatAsync(verbinding, "leerling", swvs[^1].Code))
        {
            return -1;
        }

        var (id, swvKolom, voornaam, achternaam, geboortedatum, vestiging, groep) = (sjabloon.Index("id"), sjabloon.Index("samenwerkingsverband"),
            sjabloon.Index("voornaam"), sjabloon.Index("achternaam"), sjabloon.Index("geboortedatum"), sjabloon.Index("vestiging"), sjabloon.Index("groep"));
        var rij = (object?[])sjabloon.Rijen[0].Clone();
        return await KopieerAsync(verbinding, "leerling", sjabloon, schrijf =>
        {
            foreach (var swv in swvs)
            {
                for (var i = 0; i < swv.Leerlingen; i++)
                {
                    var vo = swv.Sector == Sector.Vo;
                    var leeftijd = vo ? random.Next(12, 18) : random.Next(4, 13);
                    rij[id] = ids[swv.EersteLeerling + i];
                    rij[swvKolom] = swv.Code.Waarde;
                    rij[voornaam] = Voornamen[random.Next(Voornamen.Length)];
                    rij[achternaam] = Achternamen[random.Next(Achternamen.Length)];
                    rij[geboortedatum] = vandaag.AddYears(-leeftijd).AddDays(-random.Next(365));
                    rij[vestiging] = swv.Vestigingen[i % swv.Vestigingen.Count].Waarde;
                    rij[groep] = vo ? $"{leeftijd - 11}" : $"{Math.Clamp(leeftijd - 3, 1, 8)}";
                    schrijf(rij);
                }
            }
        });
    }

    /// <summary>
    /// 1.5 arrangementen per pupil on average, each a copy of a random template (so the statuses follow
    /// <see cref="ArrangementGenerator"/>'s spread and histories), for a random pupil of the SWV, with its own id and
    /// beschikkingsnummer (also inside the decision and the history, where the template's number stands).
    /// </summary>
    private static async Task<int> ArrangementenAsync(NpgsqlConnection verbinding, List<Swv> swvs, Guid[] leerlingIds, Sjabloon sjabloon, int aantal, Random random)
    {
        if (await BestaatAsync(verbinding, "arrangement", swvs[^1].Code))
        {
            return -1;
        }

        var (id, swvKolom, leerling, vestiging, beschikking, besluit, gebeurtenissen, aangevraagdOp) = (sjabloon.Index("id"), sjabloon.Index("samenwerkingsverband"),
            sjabloon.Index("leerling_id"), sjabloon.Index("vestiging"), sjabloon.Index("beschikkingsnummer"), sjabloon.Index("besluit"), sjabloon.Index("gebeurtenissen"),
            sjabloon.Index("aangevraagd_op"));
        var totaalLeerlingen = leerlingIds.Length;
        var nummer = 0;
        return await KopieerAsync(verbinding, "arrangement", sjabloon, schrijf =>
        {
            foreach (var swv in swvs)
            {
                var hier = (int)((long)aantal * swv.Leerlingen / totaalLeerlingen);
                for (var i = 0; i < hier; i++)
                {
                    var bron = sjabloon.Rijen[random.Next(sjabloon.Rijen.Count)];
                    var rij = (object?[])bron.Clone();
                    var pupil = random.Next(swv.Leerlingen);
                    rij[id] = Versie7(new DateTimeOffset((DateTime)bron[aangevraagdOp]!).ToUnixTimeMilliseconds(), random);
                    rij[swvKolom] = swv.Code.Waarde;
                    rij[leerling] = leerlingIds[swv.EersteLeerling + pupil];
                    rij[vestiging] = swv.Vestigingen[pupil % swv.Vestigingen.Count].Waarde;
                    nummer++;
                    if (bron[beschikking] is string oud)
                    {
                        var nieuw = $"{swv.Code.Waarde}-{oud.Split('-')[1]}-L{nummer:D7}";
                        rij[beschikking] = nieuw;
                        rij[besluit] = ((string)bron[besluit]!).Replace(oud, nieuw, StringComparison.Ordinal);
                        rij[gebeurtenissen] = ((string)bron[gebeurtenissen]!).Replace(oud, nieuw, StringComparison.Ordinal);
                    }

                    schrijf(rij);
                }
            }
        });
    }

    /// <summary>
    /// OPP's for two in five pupils of every generated SWV, each a copy of one of the demo OPP's (made through the domain
    /// when the API loaded the demo data: a vastgesteld and a concept plan with their versions and history), re-owned: the
    /// pupil, its vestiging and its school's soort, and the pupil's first name where the template's stands in the plan's text.
    /// </summary>
    private static async Task<int> OppsAsync(NpgsqlConnection verbinding, List<Swv> swvs, int aantal, Random random)
    {
        if (await BestaatAsync(verbinding, "ontwikkelingsperspectiefplan", swvs[^1].Code))
        {
            return -1;
        }

        var sjabloon = await LeesAsync(verbinding, "ontwikkelingsperspectiefplan", "samenwerkingsverband = @swv", DemoSwv);
        if (sjabloon.Rijen.Count == 0)
        {
            throw new InvalidOperationException("The demo OPP's are missing: start the API with Demo__Aan=true first.");
        }

        var (id, swvKolom, leerling, naam, vestiging, soort, versies, gebeurtenissen) = (sjabloon.Index("id"), sjabloon.Index("samenwerkingsverband"),
            sjabloon.Index("leerling_id"), sjabloon.Index("leerling_naam"), sjabloon.Index("vestiging"), sjabloon.Index("soort_school"), sjabloon.Index("versies"),
            sjabloon.Index("gebeurtenissen"));
        var pupillen = await PupillenAsync(verbinding, swvs);
        var stap = Math.Max(1.0, (double)pupillen.Count / aantal);
        return await KopieerAsync(verbinding, "ontwikkelingsperspectiefplan", sjabloon, schrijf =>
        {
            for (var n = 0; n < aantal && (int)(n * stap) < pupillen.Count; n++)
            {
                var pupil = pupillen[(int)(n * stap)];
                var bron = sjabloon.Rijen[random.Next(sjabloon.Rijen.Count)];
                var rij = (object?[])bron.Clone();
                var oud = ((string)bron[naam]!).Split(' ')[0];
                rij[id] = Versie7(DateTimeOffset.UtcNow.AddDays(-random.Next(30, 700)).ToUnixTimeMilliseconds(), random);
                rij[swvKolom] = pupil.Swv;
                rij[leerling] = pupil.Id;
                rij[naam] = $"{pupil.Voornaam} {pupil.Achternaam}";
                rij[vestiging] = pupil.Vestiging;
                rij[soort] = pupil.Soort;
                rij[versies] = ((string)bron[versies]!).Replace(oud, pupil.Voornaam, StringComparison.Ordinal);
                rij[gebeurtenissen] = ((string)bron[gebeurtenissen]!).Replace(oud, pupil.Voornaam, StringComparison.Ordinal);
                schrijf(rij);
            }
        });
    }

    /// <summary>
    /// TLV's for some of the pupils of every generated SWV (150,000 at 1.0), each a copy of one of the demo's TLV's (made
    /// through the domain when the API loaded the demo data: requested, in advisering, made known, in bezwaar), so the
    /// statuses spread over them; re-owned: the pupil and its name (also in the history), its vestiging as the requesting
    /// and the receiving school, a beschikkingsnummer of its own where the template has one, and no predecessor or successor.
    /// </summary>
    private static async Task<int> TlvsAsync(NpgsqlConnection verbinding, List<Swv> swvs, int aantal, Random random)
    {
        if (await BestaatAsync(verbinding, "toelaatbaarheidsverklaring", swvs[^1].Code))
        {
            return -1;
        }

        var sjabloon = await LeesAsync(verbinding, "toelaatbaarheidsverklaring", "samenwerkingsverband = @swv", DemoSwv);
        if (sjabloon.Rijen.Count == 0)
        {
            throw new InvalidOperationException("The demo TLV's are missing: start the API with Demo__Aan=true first.");
        }

        var (id, swvKolom, leerling, naam, vestiging, beoogd, nummer, vorige, opvolger, bezwaar, gebeurtenissen) = (sjabloon.Index("id"),
            sjabloon.Index("samenwerkingsverband"), sjabloon.Index("leerling_id"), sjabloon.Index("leerling_naam"), sjabloon.Index("vestiging"),
            sjabloon.Index("beoogde_vestiging"), sjabloon.Index("beschikkingsnummer"), sjabloon.Index("vorige_id"), sjabloon.Index("opgevolgd_door_id"),
            sjabloon.Index("lopend_bezwaar_id"), sjabloon.Index("gebeurtenissen"));
        var pupillen = await PupillenAsync(verbinding, swvs);
        var stap = Math.Max(1.0, (double)pupillen.Count / aantal);
        return await KopieerAsync(verbinding, "toelaatbaarheidsverklaring", sjabloon, schrijf =>
        {
            for (var n = 0; n < aantal && (int)(n * stap) < pupillen.Count; n++)
            {
                var pupil = pupillen[(int)(n * stap)];
                var bron = sjabloon.Rijen[random.Next(sjabloon.Rijen.Count)];
                var rij = (object?[])bron.Clone();
                var oud = ((string)bron[naam]!).Split(' ')[0];
                rij[id] = Versie7(DateTimeOffset.UtcNow.AddDays(-random.Next(1, 700)).ToUnixTimeMilliseconds(), random);
                rij[swvKolom] = pupil.Swv;
                rij[leerling] = pupil.Id;
                rij[naam] = $"{pupil.Voornaam} {pupil.Achternaam}";
                rij[vestiging] = pupil.Vestiging;
                rij[beoogd] = pupil.Vestiging;
                rij[nummer] = bron[nummer] is null ? null : string.Create(CultureInfo.InvariantCulture, $"{pupil.Swv}-TLV-{n:D7}");
                rij[vorige] = null;
                rij[opvolger] = null;
                rij[bezwaar] = bron[bezwaar] is null ? null : Versie7(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), random);
                rij[gebeurtenissen] = ((string)bron[gebeurtenissen]!).Replace(oud, pupil.Voornaam, StringComparison.Ordinal);
                schrijf(rij);
            }
        });
    }

    /// <summary>Every pupil of the generated SWV's with its school's soort, in id order.</summary>
    private static async Task<List<(Guid Id, string Voornaam, string Achternaam, string Vestiging, string Swv, string Soort)>> PupillenAsync(
        NpgsqlConnection verbinding, List<Swv> swvs)
    {
        var pupillen = new List<(Guid Id, string Voornaam, string Achternaam, string Vestiging, string Swv, string Soort)>();
        await using var cmd = new NpgsqlCommand(
            """
            SELECT l.id, l.voornaam, l.achternaam, l.vestiging, l.samenwerkingsverband, s.soort
            FROM leerling l JOIN school s ON s.samenwerkingsverband = l.samenwerkingsverband AND s.vestiging = l.vestiging
            WHERE l.samenwerkingsverband = ANY(@swvs) ORDER BY l.id
            """, verbinding);
        cmd.Parameters.AddWithValue("swvs", swvs.Select(s => s.Code.Waarde).ToArray());
        await using var lezer = await cmd.ExecuteReaderAsync();
        while (await lezer.ReadAsync())
        {
            pupillen.Add((lezer.GetGuid(0), lezer.GetString(1), lezer.GetString(2), lezer.GetString(3), lezer.GetString(4), lezer.GetString(5)));
        }

        return pupillen;
    }

    /// <summary>What ArrangementTellingBijwerker would have counted after the last event of each generated SWV.</summary>
    private static async Task<int> TellingenAsync(NpgsqlConnection verbinding, List<Swv> swvs)
    {
        await using var cmd = new NpgsqlCommand(
            """
            INSERT INTO arrangement_telling (samenwerkingsverband, aantallen, bijgewerkt_op)
            SELECT samenwerkingsverband, jsonb_object_agg(status, aantal), now()
            FROM (SELECT samenwerkingsverband, status, count(*) AS aantal FROM arrangement WHERE samenwerkingsverband = ANY(@swvs) GROUP BY 1, 2) t
            GROUP BY samenwerkingsverband
            ON CONFLICT (samenwerkingsverband) DO UPDATE SET aantallen = excluded.aantallen, bijgewerkt_op = excluded.bijgewerkt_op
            """,
            verbinding);
        cmd.Parameters.AddWithValue("swvs", swvs.Select(s => s.Code.Waarde).ToArray());
        return await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The deadline records the product keeps beside each case (Termijnen), which the beleidsinformatie dashboard counts:
    /// the behandeltermijn of every arrangement and TLV, the vaststelling and evaluatie of every OPP, the besluittermijn of
    /// every aanmelding and the terugkeer aim of every thuiszitter (not a vrijstelling), derived from the generated rows as
    /// the deadline engine would have written them (met when decided, made known, vastgesteld, evaluated, withdrawn,
    /// returned or ended). Each kind is derived once: a kind the generated SWV's already have terms of is skipped, so a
    /// country from before a kind was added gets only that kind's.
    /// </summary>
    private static async Task<int> TermijnenAsync(NpgsqlConnection verbinding, List<Swv> swvs)
    {
        // Per kind the cases that have it (bron's columns): the day it counts from, its last day and signal day, when it
        // was opened and when it was met.
        (string Soort, string Bron)[] soorten =
        [
            ("arrangement-behandeling",
                """
                SELECT samenwerkingsverband, vestiging, 'arrangement-behandeling', 'arrangement', id, (aangevraagd_op AT TIME ZONE 'Europe/Amsterdam')::date,
                       behandeldeadline, behandeldeadline - 7, aangevraagd_op, (besluit->>'vastgelegdOp')::timestamptz
                FROM arrangement WHERE behandeldeadline IS NOT NULL AND samenwerkingsverband = ANY(@swvs)
                """),
            ("tlv-behandeling",
                """
                SELECT samenwerkingsverband, vestiging, 'tlv-behandeling', 'toelaatbaarheidsverklaring', id, (aangevraagd_op AT TIME ZONE 'Europe/Amsterdam')::date,
                       behandeldeadline, behandeldeadline - 7, aangevraagd_op, bekendgemaakt_op::timestamptz
                FROM toelaatbaarheidsverklaring WHERE behandeldeadline IS NOT NULL AND samenwerkingsverband = ANY(@swvs)
                """),
            ("opp-vaststelling",
                """
                SELECT samenwerkingsverband, vestiging, 'opp-vaststelling', 'ontwikkelingsperspectiefplan', id, startdatum,
                       vaststellen_uiterlijk, vaststellen_uiterlijk - 14, startdatum::timestamptz, eerste_vaststelling::timestamptz
                FROM ontwikkelingsperspectiefplan WHERE vaststellen_uiterlijk IS NOT NULL AND samenwerkingsverband = ANY(@swvs)
                """),
            ("opp-evaluatie",
                """
                SELECT samenwerkingsverband, vestiging, 'opp-evaluatie', 'ontwikkelingsperspectiefplan', id, coalesce(laatst_geevalueerd_op, eerste_vaststelling),
                       evaluatie_uiterlijk, evaluatie_uiterlijk - 30, coalesce(laatst_geevalueerd_op, eerste_vaststelling)::timestamptz, laatst_geevalueerd_op::timestamptz
                FROM ontwikkelingsperspectiefplan WHERE evaluatie_uiterlijk IS NOT NULL AND eerste_vaststelling IS NOT NULL AND samenwerkingsverband = ANY(@swvs)
                """),
            // Met by the decision or the withdrawal, the aanmelding's last step (its gewijzigd_op); an extended term has
            // its later last day (one run, moved).
            ("aanmelding-besluit",
                $"""
                SELECT samenwerkingsverband, vestiging, 'aanmelding-besluit', 'aanmelding', id, ontvangen_op,
                       besluit_uiterlijk, besluit_uiterlijk - {AanmeldingTermijnen.SignaalDagenVooraf}, (ontvangen_op + time '10:00') AT TIME ZONE 'Europe/Amsterdam',
                       CASE WHEN status IN ('besloten', 'ingetrokken') THEN gewijzigd_op END
                FROM aanmelding WHERE besluit_uiterlijk IS NOT NULL AND samenwerkingsverband = ANY(@swvs)
                """),
            // Met by the return or the end of the entry, its last step.
            ("thuiszitter-terugkeer",
                """
                SELECT samenwerkingsverband, vestiging, 'thuiszitter-terugkeer', 'thuiszitter', id, verzuim_sinds,
                       streefdatum, streefdatum - 14, gemeld_op, CASE WHEN status <> 'open' THEN gewijzigd_op END
                FROM thuiszitter WHERE streefdatum IS NOT NULL AND samenwerkingsverband = ANY(@swvs)
                """),
        ];
        var ontbrekend = new List<string>();
        foreach (var (soort, bron) in soorten)
        {
            await using var vraag = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM termijn WHERE samenwerkingsverband = ANY(@swvs) AND soort = @soort)", verbinding);
            vraag.Parameters.AddWithValue("swvs", swvs.Select(s => s.Code.Waarde).ToArray());
            vraag.Parameters.AddWithValue("soort", soort);
            if (!(bool)(await vraag.ExecuteScalarAsync())!)
            {
                ontbrekend.Add(bron);
            }
        }

        if (ontbrekend.Count == 0)
        {
            return -1;
        }

        // Open terms get the phase the TermijnBewaker would have left them in, with the moment it signalled, so the API's
        // next start does not send a melding for every old deadline of the country.
        await using var transactie = await verbinding.BeginTransactionAsync();
        await using var cmd = new NpgsqlCommand(
            $"""
            WITH bron (samenwerkingsverband, vestiging, soort, zaak, zaak_id, vanaf, uiterlijk, signaal_op, geopend_op, gehaald_op) AS (
                {string.Join("UNION ALL\n", ontbrekend)}
            )
            INSERT INTO termijn (id, samenwerkingsverband, vestiging, soort, zaak, zaak_id, vanaf, uiterlijk, signaal_op, fase, geopend_op,
                                 nadert_gemeld_op, verlopen_op, gehaald_op)
            SELECT gen_random_uuid(), samenwerkingsverband, vestiging, soort, zaak, zaak_id, vanaf, uiterlijk, signaal_op,
                   CASE WHEN gehaald_op IS NOT NULL THEN 'gehaald' WHEN uiterlijk < current_date THEN 'verlopen'
                        WHEN signaal_op <= current_date THEN 'nadert' ELSE 'lopend' END,
                   geopend_op,
                   CASE WHEN gehaald_op IS NULL AND signaal_op <= current_date THEN signaal_op::timestamptz END,
                   CASE WHEN gehaald_op IS NULL AND uiterlijk < current_date THEN (uiterlijk + 1)::timestamptz END,
                   gehaald_op
            FROM bron
            ON CONFLICT DO NOTHING
            """,
            verbinding,
            transactie);
        cmd.Parameters.AddWithValue("swvs", swvs.Select(s => s.Code.Waarde).ToArray());
        cmd.CommandTimeout = 0;
        var rijen = await cmd.ExecuteNonQueryAsync();
        await transactie.CommitAsync();
        return rijen;
    }

    private static async Task<bool> BestaatAsync(NpgsqlConnection verbinding, string tabel, SwvCode swv)
    {
        await using var cmd = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {tabel} WHERE samenwerkingsverband = @swv)", verbinding);
        cmd.Parameters.AddWithValue("swv", swv.Waarde);
        return (bool)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>One binary COPY in the template's column layout, in one transaction; the producer hands over rows it may reuse.</summary>
    private static async Task<int> KopieerAsync(NpgsqlConnection verbinding, string tabel, Sjabloon sjabloon, Action<Action<object?[]>> maak)
    {
        await using var transactie = await verbinding.BeginTransactionAsync();
        var aantal = 0;
        await using (var schrijver = await verbinding.BeginBinaryImportAsync($"COPY {tabel} ({string.Join(", ", sjabloon.Kolommen)}) FROM STDIN (FORMAT BINARY)"))
        {
            maak(rij =>
            {
                schrijver.StartRow();
                for (var i = 0; i < rij.Length; i++)
                {
                    if (rij[i] is null)
                    {
                        schrijver.WriteNull();
                    }
                    else
                    {
                        schrijver.Write(rij[i], sjabloon.Typen[i]);
                    }
                }

                aantal++;
            });
            await schrijver.CompleteAsync();
        }

        await transactie.CommitAsync();
        return aantal;
    }

    /// <summary>
    /// Maintenance the application role may not do (PostgreSQL skips VACUUM and ANALYZE of a table one does not own, with
    /// only a warning): as the owner (PASSENDONDERWIJS_DB_EIGENAAR, which scripts/lib.sh sets) when it is known.
    /// </summary>
    private static async Task Sql(NpgsqlConnection verbinding, string sql)
    {
        var eigenaar = Environment.GetEnvironmentVariable("PASSENDONDERWIJS_DB_EIGENAAR");
        await using var eigen = eigenaar is null ? null : new NpgsqlConnection(eigenaar);
        if (eigen is not null)
        {
            await eigen.OpenAsync();
        }

        // One statement at a time: VACUUM cannot run inside the implicit transaction of a multi-statement command.
        foreach (var opdracht in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await using var cmd = new NpgsqlCommand(opdracht, eigen ?? verbinding) { CommandTimeout = 0 };
            await cmd.ExecuteNonQueryAsync();
        }
    }

    private static async Task<T> Stap<T>(string naam, Func<Task<T>> stap)
    {
        var klok = Stopwatch.StartNew();
        var uitkomst = await stap();
        Console.WriteLine(uitkomst is -1
            ? $"  {naam}: al aanwezig, overgeslagen"
            : $"  {naam}: {(uitkomst is int n and > 0 ? $"{n} rijen, " : "")}{klok.Elapsed.TotalSeconds:F1} s");
        return uitkomst;
    }
}
