using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.ImporteerOrganisaties;

/// <summary>
/// Compares the file with what the samenwerkingsverband has, using the domain's own rules (a schoolbestuur's number and
/// name, a school's name and place in the indeling) on objects that are not tracked, so a dry run can never save a
/// change; only a real run without problems changes the tracked besturen and scholen, all in one SaveChanges.
/// </summary>
public sealed class ImporteerOrganisatiesHandler(IApplicationDbContext db)
    : InvoerHandler<ImporteerOrganisatiesCommand, Organisatiebestand, ImportverslagDto>
{
    protected override async ValueTask<Result<ImportverslagDto>> Handle(
        ImporteerOrganisatiesCommand command, Organisatiebestand invoer, CancellationToken cancellationToken)
    {
        var swv = await db.Samenwerkingsverbanden.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return OrganisatieFouten.NietIngericht();
        }

        var besturen = await db.Schoolbesturen.ToDictionaryAsync(b => b.Nummer, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var scholen = (await db.Scholen.ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Vestiging.Waarde, StringComparer.Ordinal);

        // The other samenwerkingsverbanden each vestiging is a school in: the domain refuses one of the same sector.
        var elders = (await db.Scholen.IgnoreQueryFilters().Where(s => s.Samenwerkingsverband != swv.Code)
                .Select(s => new { s.Vestiging, s.Samenwerkingsverband }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(s => s.Vestiging.Waarde, s => s.Samenwerkingsverband, StringComparer.Ordinal);

        var plan = new Plan(swv, besturen, scholen, elders);
        plan.LeesBesturen(invoer.Regels);
        plan.LeesScholen(invoer.Regels);

        if (!command.Proefrun)
        {
            if (plan.Problemen.Count > 0)
            {
                return Result<ImportverslagDto>.Mislukt(plan.Problemen);
            }

            plan.PasToe(db);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return plan.Verslag(command.Proefrun);
    }

    private sealed class Plan(
        Samenwerkingsverband swv,
        Dictionary<string, Schoolbestuur> besturen,
        Dictionary<string, School> scholen,
        ILookup<string, SwvCode> elders)
    {
        private readonly Dictionary<string, (Schoolbestuur Bestuur, Importuitkomst Actie, int Regel)> _besturen = new(StringComparer.Ordinal);
        private readonly List<(School Kandidaat, Importuitkomst Actie, int Regel)> _scholen = [];
        private readonly Dictionary<string, string> _nieuweNamen = new(StringComparer.Ordinal);
        private readonly List<Fout> _problemen = [];
        private readonly HashSet<int> _regelsMetProbleem = [];

        /// <summary>The stand-in for a row whose bestuur is unknown, made once: it is never kept.</summary>
        private Schoolbestuur? _invuller;

        /// <summary>Every problem, in the order of the file.</summary>
        public IReadOnlyList<Fout> Problemen => [.. _problemen.OrderBy(p => p.Plek?.Regel ?? 0)];

        /// <summary>One decision per bevoegd-gezagnummer: the rows that name it must agree on its name.</summary>
        public void LeesBesturen(IReadOnlyList<Importregel> regels)
        {
            foreach (var groep in regels.Where(r => r.BevoegdGezagnummer is not null).GroupBy(r => r.BevoegdGezagnummer!, StringComparer.Ordinal))
            {
                var eerste = groep.First();
                var benoemd = groep.Where(r => r.Bestuursnaam is not null).ToList();
                var naam = benoemd.FirstOrDefault()?.Bestuursnaam;
                foreach (var ander in benoemd.Where(r => !string.Equals(r.Bestuursnaam, naam, StringComparison.Ordinal)))
                {
                    Probleem(ander.Regel, Importkolommen.Bestuursnaam, "tegenstrijdige-bestuursnaam",
                        $"Schoolbestuur {groep.Key} heet op regel {benoemd[0].Regel} \"{naam}\" en hier \"{ander.Bestuursnaam}\".");
                }

                var regel = benoemd.FirstOrDefault()?.Regel ?? eerste.Regel;

                // The bestuur's own rules (its number, its name's length), also for a known bestuur that gets a new name.
                var gelezen = naam is null ? null : Schoolbestuur.Registreer(swv.Code, groep.Key, naam);
                Schoolbestuur? nieuw = null;
                if (gelezen is not null && !gelezen.Lukt(out nieuw))
                {
                    foreach (var r in groep)
                    {
                        DomeinProblemen(r.Regel, gelezen.Fouten, bestuur: true);
                    }

                    continue;
                }

                if (besturen.TryGetValue(groep.Key, out var bestaand))
                {
                    var anders = naam is not null && !string.Equals(naam, bestaand.Naam, StringComparison.Ordinal);
                    _besturen[groep.Key] = (bestaand, anders ? Importuitkomst.Gewijzigd : Importuitkomst.Ongewijzigd, regel);
                    if (anders)
                    {
                        _nieuweNamen[groep.Key] = naam!;
                    }

                    continue;
                }

                if (nieuw is null)
                {
                    foreach (var r in groep)
                    {
                        Probleem(r.Regel, Importkolommen.BevoegdGezagnummer, "onbekend-schoolbestuur",
                            $"Schoolbestuur {groep.Key} bestaat niet in dit samenwerkingsverband; geef het een bestuursnaam om het aan te maken.");
                    }

                    continue;
                }

                _besturen[groep.Key] = (nieuw, Importuitkomst.Nieuw, regel);
            }
        }

        public void LeesScholen(IReadOnlyList<Importregel> regels)
        {
            var gezien = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var r in regels)
            {
                if (r.BevoegdGezagnummer is null)
                {
                    Probleem(r.Regel, Importkolommen.BevoegdGezagnummer, "bevoegd-gezagnummer-vereist", "Geef het bevoegd-gezagnummer van het schoolbestuur.");
                }

                var vestiging = LeesVestiging(r);
                var soort = r.Soort is null
                    ? Fout.Ongeldig("soort-vereist", "Geef de soort school, zoals BAO.")
                    : Importkolommen.LeesSoort(r.Soort);
                if (!soort.IsGelukt)
                {
                    Probleem(r.Regel, Importkolommen.Soort, soort.Fouten[0].Code, soort.Fouten[0].Melding);
                }

                if (!vestiging.Lukt(out var code))
                {
                    continue;
                }

                if (!gezien.TryAdd(code.Waarde, r.Regel))
                {
                    Probleem(r.Regel, Importkolommen.Vestigingsnummer, "dubbele-vestiging", $"Vestiging {code} staat ook al op regel {gezien[code.Waarde]}.");
                    continue;
                }

                // Without a known bestuur the school's own rules are still checked, against a stand-in that is never kept.
                var bestuur = r.BevoegdGezagnummer is not null && _besturen.TryGetValue(r.BevoegdGezagnummer, out var b) ? b.Bestuur : Invuller();
                var (regio, netwerk) = Indeling(r.Regio, r.LokaalNetwerk);
                var kandidaat = School.Registreer(
                    swv, bestuur, code, r.Schoolnaam, soort.Lukt(out var soortSchool) ? soortSchool : default, regio, netwerk, elders[code.Waarde]);
                if (!kandidaat.Lukt(out var school))
                {
                    DomeinProblemen(r.Regel, kandidaat.Fouten);
                    continue;
                }

                // A row with a problem (its bestuur, its soort) is reported, never planned.
                if (_regelsMetProbleem.Contains(r.Regel))
                {
                    continue;
                }

                var actie = !scholen.TryGetValue(code.Waarde, out var bestaand) ? Importuitkomst.Nieuw
                    : bestaand.Naam == school.Naam && bestaand.Soort == school.Soort && bestaand.SchoolbestuurId == school.SchoolbestuurId
                        && bestaand.Regio == school.Regio && bestaand.LokaalNetwerk == school.LokaalNetwerk ? Importuitkomst.Ongewijzigd
                    : Importuitkomst.Gewijzigd;
                _scholen.Add((school, actie, r.Regel));
            }
        }

        public void PasToe(IApplicationDbContext db)
        {
            foreach (var (bestuur, actie, _) in _besturen.Values)
            {
                if (actie == Importuitkomst.Nieuw)
                {
                    db.Schoolbesturen.Add(bestuur);
                }
            }

            foreach (var (nummer, (bestuur, actie, _)) in _besturen)
            {
                if (actie == Importuitkomst.Gewijzigd)
                {
                    bestuur.Hernoem(_nieuweNamen[nummer]);
                }
            }

            foreach (var (kandidaat, actie, _) in _scholen)
            {
                if (actie == Importuitkomst.Nieuw)
                {
                    db.Scholen.Add(kandidaat);
                }
                else if (actie == Importuitkomst.Gewijzigd)
                {
                    var bestuur = _besturen.Values.First(b => b.Bestuur.Id == kandidaat.SchoolbestuurId).Bestuur;
                    scholen[kandidaat.Vestiging.Waarde].Wijzig(swv, bestuur, kandidaat.Naam, kandidaat.Soort, kandidaat.Regio, kandidaat.LokaalNetwerk);
                }
            }
        }

        public ImportverslagDto Verslag(bool proefrun)
        {
            var acties = _besturen.Select(b => (b.Value.Regel, Onderwerp: Importonderwerp.Schoolbestuur, Sleutel: b.Key, b.Value.Actie))
                .Concat(_scholen.Select(s => (s.Regel, Onderwerp: Importonderwerp.School, Sleutel: s.Kandidaat.Vestiging.Waarde, s.Actie)))
                .OrderBy(a => a.Regel).ThenBy(a => a.Onderwerp)
                .Select(a => new ImportactieDto(a.Regel, ImportonderwerpCodes.Lijst.Code(a.Onderwerp), a.Sleutel, ImportuitkomstCodes.Lijst.Code(a.Actie)))
                .ToList();
            return new ImportverslagDto(
                proefrun,
                Telling(_besturen.Values.Select(b => b.Actie)),
                Telling(_scholen.Select(s => s.Actie)),
                acties,
                [.. Problemen.Select(p => new ImportprobleemDto(p.Plek?.Regel, p.Plek?.Kolom, p.Code, p.Melding))]);
        }

        private static ImporttellingDto Telling(IEnumerable<Importuitkomst> acties)
        {
            var lijst = acties.ToList();
            return new ImporttellingDto(lijst.Count(a => a == Importuitkomst.Nieuw), lijst.Count(a => a == Importuitkomst.Gewijzigd), lijst.Count(a => a == Importuitkomst.Ongewijzigd));
        }

        /// <summary>
        /// BRIN and vestigingsnummer together make the vestiging. Spreadsheets drop a leading zero from a number
        /// ("0" for "00") and people type the BRIN in lower case; both are read as meant.
        /// </summary>
        private Result<VestigingCode> LeesVestiging(Importregel r)
        {
            if (r.Brin is null || r.Vestigingsnummer is null)
            {
                var kolom = r.Brin is null ? Importkolommen.Brin : Importkolommen.Vestigingsnummer;
                const string Melding = "Geef BRIN (zoals 12AB) en vestigingsnummer (zoals 00) van de school.";
                Probleem(r.Regel, kolom, "vestiging-vereist", Melding);
                return Fout.Ongeldig("vestiging-vereist", Melding);
            }

            var nummer = r.Vestigingsnummer.Length == 1 && char.IsAsciiDigit(r.Vestigingsnummer[0]) ? "0" + r.Vestigingsnummer : r.Vestigingsnummer;
            var code = VestigingCode.Parse(r.Brin.ToUpperInvariant() + nummer);
            if (!code.IsGelukt)
            {
                Probleem(r.Regel, r.Brin.Length == 4 ? Importkolommen.Vestigingsnummer : Importkolommen.Brin, "ongeldige-vestigingcode",
                    "BRIN (twee cijfers en twee letters, zoals 12AB) en vestigingsnummer (twee cijfers, zoals 00) vormen samen de vestiging.");
            }

            return code;
        }

        /// <summary>Regio and netwerk as the indeling writes them, so a difference in capitals is no change.</summary>
        private (string? Regio, string? Netwerk) Indeling(string? regio, string? netwerk)
        {
            var gevonden = regio is null ? null : swv.Regios.FirstOrDefault(x => string.Equals(x.Naam, regio, StringComparison.OrdinalIgnoreCase));
            var eigenNetwerk = netwerk is null ? null
                : gevonden?.LokaleNetwerken.FirstOrDefault(n => string.Equals(n, netwerk, StringComparison.OrdinalIgnoreCase));
            return (gevonden?.Naam ?? regio, eigenNetwerk ?? netwerk);
        }

        private Schoolbestuur Invuller() =>
            _invuller ??= Schoolbestuur.Registreer(swv.Code, "00000", "invuller").Lukt(out var invuller)
                ? invuller
                : throw new InvalidOperationException("The import's stand-in bestuur breaks the bestuur's own rules.");

        private void DomeinProblemen(int regel, IEnumerable<Fout> fouten, bool bestuur = false)
        {
            foreach (var fout in fouten)
            {
                // A vestiging that is a school in another samenwerkingsverband of this sector has the file's own code.
                if (fout is { Soort: FoutSoort.Conflict, Code: "school-bestaat" })
                {
                    Probleem(regel, Importkolommen.Vestigingsnummer, "vestiging-elders", fout.Melding);
                    continue;
                }

                var kolom = fout.Veld switch
                {
                    "nummer" or "schoolbestuur" => Importkolommen.BevoegdGezagnummer,
                    "naam" when bestuur => Importkolommen.Bestuursnaam,
                    "naam" => Importkolommen.Schoolnaam,
                    "regio" => Importkolommen.Regio,
                    "lokaalNetwerk" => Importkolommen.LokaalNetwerk,
                    _ => null,
                };
                Probleem(regel, kolom, fout.Code, fout.Melding);
            }
        }

        private void Probleem(int regel, string? kolom, string code, string melding)
        {
            _problemen.Add(new Fout(FoutSoort.Ongeldig, code, melding) { Plek = new Bestandsplek(regel, kolom) });
            _regelsMetProbleem.Add(regel);
        }
    }
}
