using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertboek;

namespace PassendOnderwijs.Application.Portfolio.Expertboek;

/// <summary>One expert of the samenwerkingsverband and what the expertboek says about them.</summary>
/// <param name="ExpertId">The expert's account.</param>
/// <param name="Actief">False once the account is deactivated: no new inzet.</param>
/// <param name="Profiel">What the expertboek says; null while nobody has filled it in.</param>
public sealed record ExpertboekRegelDto(Guid ExpertId, string Naam, bool Actief, ExpertprofielDto? Profiel) : IGeversioneerd
{
    /// <summary>0 while there is no profile: a first PUT then sends no If-Match.</summary>
    long IGeversioneerd.Versie => Profiel?.Versie ?? 0;
}

/// <param name="Regio">The regio whose portfolio the expert belongs to.</param>
/// <param name="Fte">The size of the deployment, e.g. 0.6.</param>
/// <param name="Werkdagen">The days the expert can be deployed.</param>
/// <param name="OokInRegios">Other regio's the expert works in when capacity requires it.</param>
/// <param name="Versie">Send it back in If-Match with a change.</param>
public sealed record ExpertprofielDto(
    [property: CodeUit<Expertisegebied>] IReadOnlyList<string> Expertisegebieden,
    string Regio,
    decimal Fte,
    [property: CodeUit<Werkdag>] IReadOnlyList<string> Werkdagen,
    IReadOnlyList<string> OokInRegios,
    string? Toelichting,
    long Versie)
{
    public static ExpertprofielDto Van(Expertprofiel profiel)
    {
        ArgumentNullException.ThrowIfNull(profiel);
        return new(
            [.. profiel.Expertisegebieden.Select(ExpertisegebiedCodes.Lijst.Code)],
            profiel.Regio,
            profiel.Fte,
            [.. profiel.Werkdagen.Select(WerkdagCodes.Lijst.Code)],
            profiel.OokInRegios,
            profiel.Toelichting,
            profiel.Versie);
    }
}

/// <param name="TotaalFte">The fte of the experts listed that have a profile.</param>
public sealed record ExpertboekDto(IReadOnlyList<ExpertboekRegelDto> Experts, decimal TotaalFte);
