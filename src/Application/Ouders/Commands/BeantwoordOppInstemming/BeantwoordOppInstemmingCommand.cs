using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ouders.Commands.BeantwoordOppInstemming;

/// <summary>
/// The ouder answers in the portal on the handelingsdeel of their own child's plan: instemming, or not with a reason.
/// The same step of the OPP's lifecycle as the school's record of a paper answer, tied to the text the ouder read.
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OuderAudit.Inzage)]
public sealed record BeantwoordOppInstemmingCommand(Guid LeerlingId, Guid OppId, Result<OuderInstemmingInvoer> Invoer)
    : IInvoerCommand<OuderInstemmingInvoer, OuderOppDto>, IAuditBron
{
    public string? AuditResourceId => OppId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}

/// <param name="Vingerafdruk">The vingerafdruk of the handelingsdeel the ouder read (from the plan): the answer counts for exactly that text; 409 when it changed since.</param>
/// <param name="Gegeven">true: the ouder agrees with the plan; false: not, with a reason.</param>
/// <param name="Reden">Why the ouder does not agree; required then.</param>
public sealed record OuderInstemmingVerzoek(
    [property: Required] string? Vingerafdruk,
    [property: Required] bool? Gegeven,
    [property: MaxLength(OppInstemming.MaximaleLengteReden)] string? Reden)
{
    /// <summary>Every problem at once: a missing answer and a missing reason are both told.</summary>
    public Result<OuderInstemmingInvoer> Lees()
    {
        var fouten = new List<Fout>();
        if (string.IsNullOrWhiteSpace(Vingerafdruk))
        {
            fouten.Add(Fout.Ongeldig("vingerafdruk-vereist", "Stuur de vingerafdruk mee van het plan dat u las.", "vingerafdruk"));
        }

        if (Gegeven is null)
        {
            fouten.Add(Fout.Ongeldig("antwoord-vereist", "Kies of u instemt met het plan.", "gegeven"));
        }
        else if (Gegeven == false && string.IsNullOrWhiteSpace(Reden))
        {
            fouten.Add(Fout.Ongeldig("reden-vereist", "Schrijf op waarom u niet instemt met het plan.", "reden"));
        }

        return fouten.Count > 0
            ? Result<OuderInstemmingInvoer>.Mislukt(fouten)
            : new OuderInstemmingInvoer(Vingerafdruk!.Trim(), Gegeven!.Value, Reden);
    }
}

public sealed record OuderInstemmingInvoer(string Vingerafdruk, bool Gegeven, string? Reden);
