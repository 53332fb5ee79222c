using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// An onderwijsbegeleidingsaanbieder as the API shows it, to people and LAS systems alike. <see cref="Versie"/> is
/// its ETag for If-Match and its place in the change feed.
/// </summary>
/// <param name="Eigenaar">
/// The samenwerkingsverband that registered this aanbieder and manages it: ask its beheerder about changes. Absent
/// for a national entry, which only a register-beheerder changes.
/// </param>
/// <param name="MagWijzigen">
/// Whether the caller may change this aanbieder (contacts, aanbod, service period, removal): the beheerder of the
/// owning samenwerkingsverband or a register-beheerder. Always false for a LAS. A screen offers changes only when true.
/// </param>
public sealed record AanbiederDto(
    string Code,
    string Naam,
    string? InternationaleNaam,
    DateOnly Inbedrijfdatum,
    DateOnly? Uitbedrijfdatum,
    string Bestuur,
    ErkenningDto Erkenning,
    IReadOnlyList<CommunicatiecontextDto> Communicatiecontexten,
    IReadOnlyList<AangebodenBegeleidingDto> Aanbod,
    [property: RegularExpression(SwvCode.Patroon)] string? Eigenaar,
    bool MagWijzigen,
    long Versie,
    DateTimeOffset GewijzigdOp) : IAuditResultaat, IGeversioneerd
{
    string IAuditResultaat.AuditResourceId => Code;

    public static AanbiederDto Van(Onderwijsbegeleidingsaanbieder o, Registerbeheer beheer) => Van(AanbiederLijstrij.Van(o), beheer);

    internal static AanbiederDto Van(AanbiederLijstrij o, Registerbeheer beheer)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(beheer);
        var aanbod = o.Aanbod.Count < 2 ? o.Aanbod : [.. o.Aanbod.OrderBy(a => a.Expertise.Waarde, StringComparer.Ordinal).ThenBy(a => a.Begindatum)];
        var contexten = new CommunicatiecontextDto[o.Communicatiecontexten.Count];
        for (var i = 0; i < contexten.Length; i++)
        {
            var c = o.Communicatiecontexten[i];
            contexten[i] = new CommunicatiecontextDto(c.Context, c.Email, c.Telefoon, c.Web, c.Contactnaam, c.Adres);
        }

        var begeleidingen = new AangebodenBegeleidingDto[aanbod.Count];
        for (var i = 0; i < begeleidingen.Length; i++)
        {
            var a = aanbod[i];
            begeleidingen[i] = new AangebodenBegeleidingDto(
                a.Id, a.Expertise.Waarde, a.Begindatum, a.Einddatum, new WerkgebiedDto(a.Samenwerkingsverbanden, a.Postcodegebieden), a.Capaciteit);
        }

        return new(
            o.Code.Waarde,
            o.Naam,
            o.InternationaleNaam,
            o.Inbedrijfdatum,
            o.Uitbedrijfdatum,
            o.Bestuur,
            new ErkenningDto(o.ErkenningCode, (int)o.Cluster, o.Licenties),
            contexten,
            begeleidingen,
            o.Eigenaar?.Waarde,
            beheer.MagWijzigen(o.Eigenaar),
            o.Versie,
            o.GewijzigdOp);
    }
}

/// <param name="Cluster">1 to 4.</param>
/// <param name="Licenties">The expertises the licence allows this aanbieder to offer.</param>
public sealed record ErkenningDto(string Code, [property: CodeUit<Cluster>] int Cluster, IReadOnlyList<string> Licenties);

/// <param name="Context">ALGEMEEN, AANMELDEN, …</param>
public sealed record CommunicatiecontextDto(string Context, string? Email, string? Telefoon, string? Web, string? Contactnaam, string? Adres);

/// <param name="Einddatum">The last day it is offered; absent when open-ended.</param>
/// <param name="Capaciteit">How many pupils at the same time; absent when not limited.</param>
public sealed record AangebodenBegeleidingDto(
    Guid Id, string Expertise, DateOnly Begindatum, DateOnly? Einddatum, WerkgebiedDto Werkgebied, int? Capaciteit);

/// <summary>Both lists empty means the whole country.</summary>
public sealed record WerkgebiedDto(IReadOnlyList<string> Samenwerkingsverbanden, IReadOnlyList<string> Postcodegebieden);
