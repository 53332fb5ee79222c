using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.WijzigFuncties;

/// <summary>
/// The beheerder gives a medewerker of the samenwerkingsverband exactly these functies (an empty list takes them all
/// away). The functies travel in the tokens, so every token of the account stops: the person signs in again and from
/// then on has what the account now says, nothing more.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, "gebruiker", Doel = "Beheer van accounts met toegang tot gegevens")]
public sealed record WijzigFunctiesCommand(Guid Id, Result<IReadOnlyList<Functie>> Invoer) : IInvoerCommand<IReadOnlyList<Functie>, GebruikerDto>, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}

/// <summary>The request body: the functies the account holds from now on.</summary>
public sealed record FunctiesVerzoek([property: Required, CodeUit<Functie>] IReadOnlyList<string>? Functies)
{
    public Result<IReadOnlyList<Functie>> Lees() =>
        Functies is null
            ? Fout.Ongeldig("functies-vereist", "Geef de functies; een lege lijst neemt alle functies weg.", "functies")
            : FunctieInvoer.Lees(Functies);
}
