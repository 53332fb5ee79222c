using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Platform;

/// <summary>
/// A samenwerkingsverband as the platform-beheerder sees it: its status and figures about its use, never its pupils,
/// schools or the people's names.
/// </summary>
public sealed record TenantDto : IGeversioneerd, IAuditResultaat
{
    public required string Code { get; init; }

    public required string Naam { get; init; }

    [CodeUit<Sector>]
    public required string Sector { get; init; }

    [CodeUit<TenantStatus>]
    public required string Status { get; init; }

    /// <summary>Accounts that can be used (a password was chosen, not deactivated).</summary>
    public required int AccountsActief { get; init; }

    /// <summary>Accounts whose owner has not yet chosen a password with the activation code.</summary>
    public required int AccountsWachtOpActivering { get; init; }

    public required int Koppelingen { get; init; }

    /// <summary>The time of the newest audit record of this samenwerkingsverband; null when nothing happened yet.</summary>
    public required DateTimeOffset? LaatsteActiviteit { get; init; }

    public required long Versie { get; init; }

    string IAuditResultaat.AuditResourceId => Code;

    // What the platform does to a tenant goes into that tenant's own log, where its beheerder reads it.
    string? IAuditResultaat.AuditSamenwerkingsverband => Code;

    public static TenantDto Van(Samenwerkingsverband swv, TenantCijfers cijfers)
    {
        ArgumentNullException.ThrowIfNull(swv);
        ArgumentNullException.ThrowIfNull(cijfers);
        return new TenantDto
        {
            Code = swv.Code.Waarde,
            Naam = swv.Naam,
            Sector = SectorCodes.Lijst.Code(swv.Sector),
            Status = TenantStatusCodes.Lijst.Code(swv.Status),
            AccountsActief = cijfers.AccountsActief,
            AccountsWachtOpActivering = cijfers.AccountsWachtOpActivering,
            Koppelingen = cijfers.Koppelingen,
            LaatsteActiviteit = cijfers.LaatsteActiviteit,
            Versie = swv.Versie,
        };
    }
}

/// <summary>The figures of one tenant, counted per tenant in grouped queries.</summary>
public sealed record TenantCijfers(int AccountsActief, int AccountsWachtOpActivering, int Koppelingen, DateTimeOffset? LaatsteActiviteit)
{
    public static readonly TenantCijfers Geen = new(0, 0, 0, null);
}

public sealed record TenantLijstDto(IReadOnlyList<TenantDto> Samenwerkingsverbanden);

internal static class TenantAudit
{
    public const string Soort = "samenwerkingsverband";
    public const string Doel = "Beheer van de samenwerkingsverbanden op het platform";

    public static Domain.Common.Fout Onbekend(string code) =>
        Domain.Common.Fout.NietGevonden("samenwerkingsverband-onbekend", $"Er is geen samenwerkingsverband met code {code}.");
}
