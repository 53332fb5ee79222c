using Npgsql;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Benchmarks;

/// <summary>
/// The aanmeldingen (zorgplicht) and the thuiszitters register of the country, derived in SQL from the generated pupils
/// (INSERT … SELECT, like the Termijnen): every column as the EF model maps it (codes as the converters store them, the
/// JSON documents as <c>AlsJson</c> writes the domain's records, the history texts as the aggregates word them), each
/// row in the state the domain's steps would have left it in on its dates. Which pupil, which day and which outcome
/// follow from a hash of the pupil's id, so a run at the same scale picks the same ones (the dates follow today).
/// </summary>
internal static partial class LandelijkGenerator
{
    /// <summary>
    /// Share of the pupils with a written aanmelding per schooljaar: the intake of new pupils (four-year-olds, first-years
    /// in VO, pupils who move) is about one in eight pupils a year in PO and one in six in VO, of which the product keeps
    /// the aanmeldingen schools register here; 8 % is a round middle, not a measured figure.
    /// </summary>
    private const double AanmeldingenPerJaar = 0.08;

    /// <summary>Schooljaren with aanmeldingen: this one (up to yesterday) and the two before, the years the dashboard's trend compares.</summary>
    private const int JarenTerug = 2;

    /// <summary>
    /// Share of the pupils with an entry in the thuiszitters register over those years: the Inspectie counts a few
    /// thousand thuiszitters among 2.5 million pupils at any moment; with the entries that closed, about 0.25 % of
    /// the pupils had one. One entry per pupil, so the unique "one open entry per child" holds.
    /// </summary>
    private const double Thuiszitters = 0.0025;

    /// <summary>
    /// Session helpers for the two statements: <c>kans</c> a uniform number in [0, 1) from a pupil's id and a salt
    /// (deterministic, unlike random()), <c>datumtekst</c> a date as NederlandseDatum.Tekst writes it ("14 maart 2027"),
    /// <c>versie7</c> a v7-shaped id for a moment, so ids sort by creation as the product's do.
    /// </summary>
    private const string Hulpfuncties =
        """
        CREATE OR REPLACE FUNCTION pg_temp.kans(id uuid, zout bigint) RETURNS double precision LANGUAGE sql IMMUTABLE AS
            $$ SELECT (hashtextextended(id::text, zout) & 2147483647)::double precision / 2147483648 $$;
        CREATE OR REPLACE FUNCTION pg_temp.datumtekst(d date) RETURNS text LANGUAGE sql IMMUTABLE AS
            $$ SELECT extract(day FROM d)::int || ' ' || (ARRAY['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
                      'september', 'oktober', 'november', 'december'])[extract(month FROM d)::int] || ' ' || extract(year FROM d)::int $$;
        CREATE OR REPLACE FUNCTION pg_temp.versie7(moment timestamptz, zaad text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
            $$ SELECT encode(set_byte(set_byte(b, 6, (get_byte(b, 6) & 15) | 112), 8, (get_byte(b, 8) & 63) | 128), 'hex')::uuid
               FROM (SELECT overlay(decode(md5(zaad), 'hex') PLACING decode(lpad(to_hex((extract(epoch FROM moment) * 1000)::bigint), 12, '0'), 'hex')
                     FROM 1 FOR 6) AS b) t $$;
        """;

    /// <summary>
    /// About <see cref="AanmeldingenPerJaar"/> of the pupils per schooljaar get a written aanmelding at their school,
    /// received on a day spread over the year (this year's only up to yesterday). One in twenty is extended by four
    /// weeks (a week before the six weeks end, ouders told the same day) and decided in week 7 to 10; one in 25 is
    /// decided late without extension; the rest within six weeks. Outcomes: 85 % toegelaten, 5 % toegelaten op een
    /// andere school (the next vestiging of the SWV, which agreed two days before, in overleg with the ouders), 3 % niet
    /// toegelaten, 3 % vol (which ends the zorgplicht), 4 % withdrawn by the ouders. Those whose decision day has not come
    /// are open, ontvangen or verlengd, some past their term. Received from February on, the pupil starts in the next
    /// schooljaar; before, eight weeks after the receipt.
    /// </summary>
    private static async Task<int> AanmeldingenAsync(NpgsqlConnection verbinding, List<Swv> swvs)
    {
        if (await BestaatAsync(verbinding, "aanmelding", swvs[^1].Code))
        {
            return -1;
        }

        var dit = Schooljaar.Op(DateOnly.FromDateTime(DateTime.UtcNow));
        await using var transactie = await verbinding.BeginTransactionAsync();
        await using var cmd = new NpgsqlCommand(
            Hulpfuncties +
            $"""
            WITH buur AS (
                -- The school that admits a pupil another school found for: the next vestiging of the SWV (the first after the last).
                SELECT samenwerkingsverband, vestiging, naam,
                       coalesce(lead(vestiging) OVER w, first_value(vestiging) OVER w) AS andere,
                       coalesce(lead(naam) OVER w, first_value(naam) OVER w) AS andere_naam
                FROM school WHERE samenwerkingsverband = ANY(@swvs)
                WINDOW w AS (PARTITION BY samenwerkingsverband ORDER BY vestiging)
            ), kandidaat AS (
                SELECT l.id AS leerling_id, l.samenwerkingsverband, l.voornaam || ' ' || l.achternaam AS leerling_naam, l.vestiging,
                       b.naam AS school_naam, b.andere, b.andere_naam, j.beginjaar,
                       make_date(j.beginjaar, 8, 1) + floor(pg_temp.kans(l.id, j.beginjaar * 10 + 1) * 365)::int AS ontvangen_op,
                       pg_temp.kans(l.id, j.beginjaar * 10 + 2) AS uitkomstkans,
                       pg_temp.kans(l.id, j.beginjaar * 10 + 3) AS verloopkans,
                       pg_temp.kans(l.id, j.beginjaar * 10 + 4) AS duurkans
                FROM leerling l
                JOIN buur b ON b.samenwerkingsverband = l.samenwerkingsverband AND b.vestiging = l.vestiging
                CROSS JOIN generate_series(@eerste, @laatste) AS j(beginjaar)
                WHERE l.samenwerkingsverband = ANY(@swvs) AND pg_temp.kans(l.id, j.beginjaar * 10) < @aandeel
            ), verloop AS (
                SELECT k.*, verloopkans < 0.05 AS wil_verlengen,
                       ontvangen_op + CASE WHEN verloopkans < 0.05 THEN {7 * AanmeldingTermijnen.BeslistermijnWeken} + 1 + floor(duurkans * 28)::int
                                           WHEN verloopkans < 0.09 THEN {7 * AanmeldingTermijnen.BeslistermijnWeken} + 1 + floor(duurkans * 18)::int
                                           ELSE 5 + floor(duurkans * 38)::int END AS klaar_op,
                       CASE WHEN uitkomstkans < 0.04 THEN 'ingetrokken'
                            WHEN uitkomstkans < 0.09 AND andere <> vestiging THEN 'andere-school'
                            WHEN uitkomstkans < 0.12 THEN 'niet-toegelaten'
                            WHEN uitkomstkans < 0.15 THEN 'vol'
                            ELSE 'toegelaten' END AS afloop
                FROM kandidaat k WHERE ontvangen_op < current_date
            ), stand AS (
                SELECT v.*, klaar_op < current_date AS afgerond,
                       wil_verlengen AND ontvangen_op + 35 < current_date AS verlengd,
                       ontvangen_op + CASE WHEN wil_verlengen AND ontvangen_op + 35 < current_date THEN {7 * (AanmeldingTermijnen.BeslistermijnWeken + AanmeldingTermijnen.VerlengingWeken)}
                                           ELSE {7 * AanmeldingTermijnen.BeslistermijnWeken} END AS uiterlijk,
                       (ontvangen_op + time '10:00') AT TIME ZONE 'Europe/Amsterdam' AS ontvangen_moment,
                       (ontvangen_op + 35 + time '11:00') AT TIME ZONE 'Europe/Amsterdam' AS verlengd_moment,
                       (klaar_op + time '14:00') AT TIME ZONE 'Europe/Amsterdam' AS klaar_moment
                FROM verloop v
            )
            INSERT INTO aanmelding (id, samenwerkingsverband, leerling_id, leerling_naam, vestiging, school_naam, ontvangen_op,
                                    ouder_verwacht_extra_ondersteuning, gewenste_startdatum, schooljaar, status, geen_zorgplicht, besluit_uiterlijk,
                                    verlenging, besluit, uitkomst, andere_school_vestiging, ingetrokken_op, gebeurtenissen, gewijzigd_op)
            SELECT pg_temp.versie7(ontvangen_moment, leerling_id::text || beginjaar), samenwerkingsverband, leerling_id, leerling_naam, vestiging, school_naam,
                   ontvangen_op, duurkans < 0.2,
                   CASE WHEN ontvangen_op >= make_date(beginjaar + 1, 2, 1) THEN make_date(beginjaar + 1, 8, 20) ELSE ontvangen_op + 56 END,
                   CASE WHEN ontvangen_op >= make_date(beginjaar + 1, 2, 1) THEN beginjaar + 1 ELSE beginjaar END,
                   CASE WHEN NOT afgerond AND verlengd THEN 'verlengd' WHEN NOT afgerond THEN 'ontvangen'
                        WHEN afloop = 'ingetrokken' THEN 'ingetrokken' ELSE 'besloten' END,
                   CASE WHEN afgerond AND afloop = 'vol' THEN 'vol' END,
                   uiterlijk,
                   CASE WHEN verlengd THEN jsonb_build_object(
                       'reden', 'De school onderzoekt met het samenwerkingsverband welke ondersteuning de leerling nodig heeft.',
                       'oudersGeinformeerdOp', ontvangen_op + 35, 'door', @school::jsonb, 'vastgelegdOp', verlengd_moment) END,
                   CASE WHEN afgerond AND afloop <> 'ingetrokken' THEN jsonb_build_object(
                       'uitkomst', CASE afloop WHEN 'toegelaten' THEN 'Toegelaten' WHEN 'andere-school' THEN 'AndereSchool'
                                               WHEN 'niet-toegelaten' THEN 'NietToegelaten' ELSE 'Vol' END,
                       'besluitdatum', klaar_op,
                       'reden', CASE afloop WHEN 'andere-school' THEN 'De ondersteuning die de leerling nodig heeft, past beter bij de andere school; die heeft plek.'
                                            WHEN 'niet-toegelaten' THEN 'De school kan de ondersteuning die de leerling nodig heeft niet bieden, ook niet met hulp van het samenwerkingsverband.'
                                            WHEN 'vol' THEN 'De groep van de leerling is vol; de school past haar toelatingsbeleid toe.' END,
                       'andereSchool', CASE WHEN afloop = 'andere-school' THEN jsonb_build_object('vestiging', andere, 'naam', andere_naam, 'akkoordOp', klaar_op - 2) END,
                       'inOverlegMetOuders', afloop = 'andere-school', 'door', @school::jsonb, 'vastgelegdOp', klaar_moment) END,
                   CASE WHEN afgerond AND afloop <> 'ingetrokken' THEN afloop END,
                   CASE WHEN afgerond AND afloop = 'andere-school' THEN andere END,
                   CASE WHEN afgerond AND afloop = 'ingetrokken' THEN klaar_op END,
                   jsonb_build_array(jsonb_build_object('op', ontvangen_moment, 'door', @school::jsonb, 'actie', '{AanmeldingGebeurtenis.Ontvangen}', 'toelichting',
                       'Ontvangen op ' || pg_temp.datumtekst(ontvangen_op) || '; besluit uiterlijk ' || pg_temp.datumtekst(ontvangen_op + {7 * AanmeldingTermijnen.BeslistermijnWeken})))
                   || CASE WHEN verlengd THEN jsonb_build_array(jsonb_build_object('op', verlengd_moment, 'door', @school::jsonb, 'actie', '{AanmeldingGebeurtenis.Verlengd}',
                       'toelichting', 'Besluit nu uiterlijk ' || pg_temp.datumtekst(uiterlijk) || '; ouders geïnformeerd op ' || pg_temp.datumtekst(ontvangen_op + 35)))
                      ELSE '[]'::jsonb END
                   || CASE WHEN NOT afgerond THEN '[]'::jsonb
                           WHEN afloop = 'ingetrokken' THEN jsonb_build_array(jsonb_build_object('op', klaar_moment, 'door', @school::jsonb,
                               'actie', '{AanmeldingGebeurtenis.Ingetrokken}', 'toelichting', 'Ingetrokken door de ouders op ' || pg_temp.datumtekst(klaar_op)))
                           ELSE jsonb_build_array(jsonb_build_object('op', klaar_moment, 'door', @school::jsonb, 'actie', '{AanmeldingGebeurtenis.Besloten}', 'toelichting',
                               CASE afloop WHEN 'toegelaten' THEN {Tekst(Label(Toelatingsuitkomst.Toegelaten))}
                                           WHEN 'andere-school' THEN {Tekst(Label(Toelatingsuitkomst.AndereSchool) + ": ")} || andere_naam || ' (' || andere || ')'
                                           WHEN 'niet-toegelaten' THEN {Tekst(Label(Toelatingsuitkomst.NietToegelaten))} ELSE {Tekst(Label(Toelatingsuitkomst.Vol))} END
                               || ' op ' || pg_temp.datumtekst(klaar_op)
                               || CASE WHEN klaar_op > uiterlijk THEN ' (na de termijn, die liep tot ' || pg_temp.datumtekst(uiterlijk) || ')' ELSE '' END)) END,
                   CASE WHEN afgerond THEN klaar_moment WHEN verlengd THEN verlengd_moment ELSE ontvangen_moment END
            FROM stand
            """,
            verbinding,
            transactie);
        cmd.Parameters.AddWithValue("swvs", swvs.Select(s => s.Code.Waarde).ToArray());
        cmd.Parameters.AddWithValue("eerste", dit.Beginjaar - JarenTerug);
        cmd.Parameters.AddWithValue("laatste", dit.Beginjaar);
        cmd.Parameters.AddWithValue("aandeel", AanmeldingenPerJaar);
        cmd.Parameters.AddWithValue("school", Json(ArrangementGenerator.School));
        cmd.CommandTimeout = 0;
        var rijen = await cmd.ExecuteNonQueryAsync();
        await transactie.CommitAsync();
        return rijen;
    }

    /// <summary>
    /// About <see cref="Thuiszitters"/> of the pupils get one entry in the register, registered by the SWV, with a first
    /// day of absence spread over the same years: 25 % absoluut verzuim (a child of five or older; else relatief), 60 %
    /// langdurig relatief verzuim (registered after the four weeks), 15 % vrijstellingen; reasons and grounds spread as
    /// the register's lists. Thuiszitters return after 40 to 90 days (40 %, within the 3-month aim), 3 to 8 months
    /// (35 %) or 8 to 18 months; a vrijstelling lasts half a year to two years. Whoever's end has not come is open;
    /// of the others 85 % returned (three in four to their own school) and 15 % ended (moved, no longer leerplichtig,
    /// a vrijstelling granted, or otherwise).
    /// </summary>
    private static async Task<int> ThuiszittersAsync(NpgsqlConnection verbinding, List<Swv> swvs)
    {
        if (await BestaatAsync(verbinding, "thuiszitter", swvs[^1].Code))
        {
            return -1;
        }

        var dit = Schooljaar.Op(DateOnly.FromDateTime(DateTime.UtcNow));
        await using var transactie = await verbinding.BeginTransactionAsync();
        await using var cmd = new NpgsqlCommand(
            Hulpfuncties +
            $"""
            WITH kandidaat AS (
                SELECT l.id AS leerling_id, l.samenwerkingsverband, l.vestiging, l.geboortedatum, s.naam AS school_naam, s.regio,
                       (ARRAY['Utrecht', 'Amersfoort', 'Zwolle', 'Groningen', 'Eindhoven', 'Tilburg', 'Almere', 'Breda', 'Nijmegen', 'Arnhem'])
                           [1 + (hashtext(l.vestiging) & 1023) % 10] AS gemeente,
                       @begin + floor(pg_temp.kans(l.id, 21) * (current_date - 40 - @begin))::int AS verzuim_sinds,
                       pg_temp.kans(l.id, 22) AS soortkans, pg_temp.kans(l.id, 23) AS redenkans,
                       pg_temp.kans(l.id, 24) AS duurkans, pg_temp.kans(l.id, 25) AS afloopkans
                FROM leerling l JOIN school s ON s.samenwerkingsverband = l.samenwerkingsverband AND s.vestiging = l.vestiging
                WHERE l.samenwerkingsverband = ANY(@swvs) AND pg_temp.kans(l.id, 20) < @aandeel
            ), soort AS (
                SELECT k.*,
                       CASE WHEN soortkans < 0.25 AND (geboortedatum + interval '{Thuiszitter.LeerplichtigVanaf} years')::date <= verzuim_sinds THEN 'absoluut-verzuim'
                            WHEN soortkans < 0.85 THEN 'langdurig-relatief-verzuim' ELSE 'vrijstelling' END AS soort
                FROM kandidaat k WHERE verzuim_sinds > geboortedatum
            ), verloop AS (
                SELECT s.*,
                       verzuim_sinds + CASE soort WHEN 'absoluut-verzuim' THEN 2 WHEN 'langdurig-relatief-verzuim' THEN {Thuiszitter.DagenTotLangdurig} + floor(afloopkans * 10)::int
                                                  ELSE 3 END AS gemeld_dag,
                       verzuim_sinds + CASE WHEN soort = 'vrijstelling' THEN 180 + floor(duurkans * 540)::int
                                            WHEN duurkans < 0.40 THEN 40 + floor(duurkans / 0.40 * 50)::int
                                            WHEN duurkans < 0.75 THEN 91 + floor((duurkans - 0.40) / 0.35 * 150)::int
                                            ELSE 241 + floor((duurkans - 0.75) / 0.25 * 300)::int END AS eind_dag,
                       CASE WHEN soort = 'vrijstelling' THEN NULL ELSE (verzuim_sinds + interval '{Thuiszitter.StreefMaanden} months')::date END AS streefdatum
                FROM soort s
            ), stand AS (
                SELECT v.*,
                       CASE WHEN eind_dag >= current_date THEN 'open' WHEN afloopkans < 0.85 THEN 'teruggekeerd' ELSE 'beeindigd' END AS status,
                       (gemeld_dag + time '11:00') AT TIME ZONE 'Europe/Amsterdam' AS gemeld_moment,
                       (eind_dag + time '15:00') AT TIME ZONE 'Europe/Amsterdam' AS eind_moment,
                       CASE WHEN redenkans < 0.75 THEN NULL WHEN redenkans < 0.88 THEN 'Dagbesteding met onderwijs bij een zorgaanbieder'
                            ELSE 'Een school buiten het samenwerkingsverband' END AS andere_bestemming,
                       -- Among the ended ones (afloopkans from 0.85 on): half moved, then no longer leerplichtig, a vrijstelling, otherwise.
                       CASE WHEN afloopkans < 0.925 THEN 'Verhuisd' WHEN afloopkans < 0.955 OR soort = 'vrijstelling' AND afloopkans < 0.98 THEN 'NietMeerLeerplichtig'
                            WHEN afloopkans < 0.98 THEN 'VrijstellingVerleend' ELSE 'Anders' END AS beeindigingsreden
                FROM verloop v
            )
            INSERT INTO thuiszitter (id, samenwerkingsverband, leerling_id, vestiging, regio, soort, verzuim_sinds, reden, grond, gemeente,
                                     leerplichtambtenaar, planversies, streefdatum, status, terugkeer, beeindiging, einddatum, gebeurtenissen,
                                     gemeld_door, gemeld_op, gewijzigd_op)
            SELECT pg_temp.versie7(gemeld_moment, leerling_id::text || 'thuiszitter'), samenwerkingsverband, leerling_id, vestiging, regio, soort, verzuim_sinds,
                   CASE WHEN soort = 'vrijstelling' THEN NULL WHEN redenkans < 0.25 THEN 'geen-passend-aanbod' WHEN redenkans < 0.45 THEN 'wachten-op-plek'
                        WHEN redenkans < 0.70 THEN 'ziekte-psychisch' WHEN redenkans < 0.85 THEN 'schoolweigering'
                        WHEN redenkans < 0.95 THEN 'onvoldoende-ondersteuning' ELSE 'anders' END,
                   CASE WHEN soort <> 'vrijstelling' THEN NULL WHEN redenkans < 0.5 THEN 'artikel-5-onder-a' WHEN redenkans < 0.6 THEN 'artikel-5-onder-b'
                        WHEN redenkans < 0.9 THEN 'artikel-5a' ELSE 'artikel-15' END,
                   gemeente,
                   jsonb_build_object('naam', 'L. de Leeuw', 'contact', 'leerplicht@' || lower(gemeente) || '.example'),
                   CASE WHEN soort = 'vrijstelling' THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object(
                       'plan', 'Gesprek met ouders en school; het samenwerkingsverband zoekt met hen een passende plek.',
                       'perspectief', 'Terug naar een school in de regio, met ondersteuning.', 'door', @medewerker::jsonb, 'op', gemeld_moment)) END,
                   streefdatum, status,
                   CASE WHEN status = 'teruggekeerd' THEN jsonb_build_object(
                       'datum', eind_dag, 'vestiging', CASE WHEN andere_bestemming IS NULL THEN vestiging END,
                       'vestigingNaam', CASE WHEN andere_bestemming IS NULL THEN school_naam END, 'andereBestemming', andere_bestemming,
                       'bestemming', coalesce(andere_bestemming, school_naam),
                       'toelichting', CASE WHEN duurkans < 0.5 THEN 'Begint met halve dagen.' END, 'door', @medewerker::jsonb, 'op', eind_moment) END,
                   CASE WHEN status = 'beeindigd' THEN jsonb_build_object(
                       'datum', eind_dag, 'reden', beeindigingsreden,
                       'toelichting', CASE WHEN beeindigingsreden = 'Anders' THEN 'De leerling volgt onderwijs in het buitenland.' END,
                       'door', @medewerker::jsonb, 'op', eind_moment) END,
                   CASE WHEN status <> 'open' THEN eind_dag END,
                   jsonb_build_array(jsonb_build_object('op', gemeld_moment, 'door', @medewerker::jsonb, 'actie', '{ThuiszitterGebeurtenis.Gemeld}', 'toelichting',
                       CASE soort WHEN 'absoluut-verzuim' THEN {Tekst(VerzuimsoortCodes.Lijst.Label(Verzuimsoort.AbsoluutVerzuim))}
                                  WHEN 'langdurig-relatief-verzuim' THEN {Tekst(VerzuimsoortCodes.Lijst.Label(Verzuimsoort.LangdurigRelatiefVerzuim))}
                                  ELSE {Tekst(VerzuimsoortCodes.Lijst.Label(Verzuimsoort.Vrijstelling))} END || ' sinds ' || pg_temp.datumtekst(verzuim_sinds) || '.'))
                   || CASE status
                      WHEN 'teruggekeerd' THEN jsonb_build_array(jsonb_build_object('op', eind_moment, 'door', @medewerker::jsonb, 'actie', '{ThuiszitterGebeurtenis.Teruggekeerd}',
                          'toelichting', 'Terug op ' || pg_temp.datumtekst(eind_dag) || ' naar ' || coalesce(andere_bestemming, school_naam)
                              || CASE WHEN eind_dag <= streefdatum THEN ' (binnen 3 maanden)' ELSE '' END || '.'))
                      WHEN 'beeindigd' THEN jsonb_build_array(jsonb_build_object('op', eind_moment, 'door', @medewerker::jsonb, 'actie', '{ThuiszitterGebeurtenis.Beeindigd}',
                          'toelichting', CASE beeindigingsreden WHEN 'Verhuisd' THEN {Tekst(BeeindigingsredenCodes.Lijst.Label(Beeindigingsreden.Verhuisd))}
                                                                WHEN 'NietMeerLeerplichtig' THEN {Tekst(BeeindigingsredenCodes.Lijst.Label(Beeindigingsreden.NietMeerLeerplichtig))}
                                                                WHEN 'VrijstellingVerleend' THEN {Tekst(BeeindigingsredenCodes.Lijst.Label(Beeindigingsreden.VrijstellingVerleend))}
                                                                ELSE {Tekst(BeeindigingsredenCodes.Lijst.Label(Beeindigingsreden.Anders))} END
                              || ', op ' || pg_temp.datumtekst(eind_dag) || '.'))
                      ELSE '[]'::jsonb END,
                   @medewerkerId, gemeld_moment,
                   CASE WHEN status = 'open' THEN gemeld_moment ELSE eind_moment END
            FROM stand
            """,
            verbinding,
            transactie);
        cmd.Parameters.AddWithValue("swvs", swvs.Select(s => s.Code.Waarde).ToArray());
        cmd.Parameters.AddWithValue("begin", Schooljaar.Van(dit.Beginjaar - JarenTerug).Begindatum);
        cmd.Parameters.AddWithValue("aandeel", Thuiszitters);
        cmd.Parameters.AddWithValue("medewerker", Json(ArrangementGenerator.Medewerker));
        cmd.Parameters.AddWithValue("medewerkerId", ArrangementGenerator.Medewerker.Id);
        cmd.CommandTimeout = 0;
        var rijen = await cmd.ExecuteNonQueryAsync();
        await transactie.CommitAsync();
        return rijen;
    }

    private static string Label(Toelatingsuitkomst uitkomst) => ToelatingsuitkomstCodes.Lijst.Label(uitkomst);

    /// <summary>A label of the domain as an SQL string literal.</summary>
    private static string Tekst(string tekst) => $"'{tekst.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>An actor as the JSON documents hold it ({"id", "naam"}, camelCase like AlsJson).</summary>
    private static string Json(Actor actor) => System.Text.Json.JsonSerializer.Serialize(new { id = actor.Id, naam = actor.Naam });
}
