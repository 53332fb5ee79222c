using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ouders;

namespace PassendOnderwijs.Application.Ouders;

/// <summary>An ouder or verzorger linked to a pupil, as the school sees them: who, their account's state, and who linked them when.</summary>
/// <param name="Id">The ouder's account.</param>
/// <param name="Status">Whether the ouder has activated the account with the code yet.</param>
public sealed record OuderDto(
    Guid Id,
    Guid LeerlingId,
    string Naam,
    string Email,
    [property: CodeUit<Accountstatus>] string Status,
    ActorDto GekoppeldDoor,
    DateTimeOffset GekoppeldOp) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;

    public static OuderDto Van(Vertegenwoordiging v, Gebruiker ouder)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(ouder);
        return new(ouder.Id.Waarde, v.LeerlingId, ouder.Naam, ouder.Email.Waarde, AccountstatusCodes.Lijst.Code(ouder.Status), ActorDto.Van(v.VastgelegdDoor), v.VastgelegdOp);
    }
}

public sealed record OudersDto(IReadOnlyList<OuderDto> Ouders);

/// <summary>
/// An ouder invited for a pupil. A new account comes with its one-time activation code, shown this once for the school
/// to hand to the ouder; an ouder who already has an account (a brother or sister at a school of the SWV) gets none.
/// </summary>
public sealed record OuderuitnodigingDto(OuderDto Ouder, string? Activatiecode, DateTimeOffset? ActivatieGeldigTot) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Ouder.Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Ouder.LeerlingId;
}

internal static class OuderAudit
{
    public const string Soort = "ouder";
    public const string Doel = "Toegang van ouders en verzorgers tot de gegevens van hun kind";

    /// <summary>What an ouder reads in the portal is recorded as a read of the child itself, with its own purpose.</summary>
    public const string KindSoort = Leerlingen.LeerlingAudit.Soort;
    public const string Inzage = "Inzage door de ouder of verzorger in de gegevens van het eigen kind";
}

internal static class OuderFouten
{
    public static Fout Onbekend(Guid id) => Fout.NietGevonden("ouder-onbekend", $"Er is geen ouder {id} gekoppeld aan deze leerling.");
}
