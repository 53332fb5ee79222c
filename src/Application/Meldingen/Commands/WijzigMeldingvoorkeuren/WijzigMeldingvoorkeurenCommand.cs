using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Meldingen;

namespace PassendOnderwijs.Application.Meldingen.Commands.WijzigMeldingvoorkeuren;

/// <summary>
/// Changes the caller's choices per kind of notification, based on the version they saw (If-Match; "0" while they kept
/// the defaults). A kind left out keeps what it had.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.Deskundige])]
[KanFalen(FoutSoort.Ongeldig)]
public sealed record WijzigMeldingvoorkeurenCommand(long? VerwachteVersie, Result<IReadOnlyList<Meldingvoorkeur>> Invoer)
    : IInvoerCommand<IReadOnlyList<Meldingvoorkeur>, MeldingvoorkeurenDto>, IVersieVoorwaarde;

/// <summary>The body of PUT /meldingvoorkeuren.</summary>
public sealed record MeldingvoorkeurenVerzoek(IReadOnlyList<MeldingvoorkeurVerzoek>? Voorkeuren)
{
    public Result<IReadOnlyList<Meldingvoorkeur>> Lees()
    {
        if (Voorkeuren is null || Voorkeuren.Count == 0)
        {
            return Result<IReadOnlyList<Meldingvoorkeur>>.Mislukt([Fout.Ongeldig("voorkeuren-vereist", "Geef minstens één voorkeur op.", "voorkeuren")]);
        }

        var fouten = new List<Fout>();
        var gelezen = new List<Meldingvoorkeur>();
        for (var i = 0; i < Voorkeuren.Count; i++)
        {
            var v = Voorkeuren[i];
            var soort = MeldingsoortCodes.Lijst.Lees(v?.Soort, $"voorkeuren[{i}].soort", "soort melding");
            fouten.AddRange(soort.Fouten);
            if (v?.InApp is null)
            {
                fouten.Add(Fout.Ongeldig("in-app-vereist", "Geef aan of u deze meldingen in de app wilt krijgen.", $"voorkeuren[{i}].inApp"));
            }

            if (v?.PerEmail is null)
            {
                fouten.Add(Fout.Ongeldig("per-email-vereist", "Geef aan of u deze meldingen per e-mail wilt krijgen.", $"voorkeuren[{i}].perEmail"));
            }

            if (soort.IsGelukt && v is { InApp: { } app, PerEmail: { } mail })
            {
                if (gelezen.Exists(g => g.Soort == soort.Waarde))
                {
                    fouten.Add(Fout.Ongeldig("soort-dubbel", "Noem elke soort melding hoogstens één keer.", $"voorkeuren[{i}].soort"));
                }

                gelezen.Add(new Meldingvoorkeur(soort.Waarde, app, mail));
            }
        }

        return fouten.Count > 0 ? Result<IReadOnlyList<Meldingvoorkeur>>.Mislukt(fouten) : gelezen;
    }
}

/// <param name="Soort">The kind, a code from the list soort melding.</param>
public sealed record MeldingvoorkeurVerzoek([property: CodeUit<Meldingsoort>] string? Soort, bool? InApp, bool? PerEmail);
