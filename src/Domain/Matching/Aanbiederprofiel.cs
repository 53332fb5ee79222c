using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// An onderwijsbegeleidingsaanbieder as the matching needs it: its service period, the expertises its licence allows
/// and its aanbod lines. A snapshot rather than <see cref="Onderwijsbegeleidingsaanbieder"/> itself, because the
/// aggregate drags its contacts and change history along: the query projects only these columns, nationally, for the
/// aanbieders that offer one of the pupil's expertises.
/// </summary>
public sealed record Aanbiederprofiel(
    ObaCode Code,
    string Naam,
    DateOnly Inbedrijfdatum,
    DateOnly? Uitbedrijfdatum,
    IReadOnlyList<string> Licenties,
    IReadOnlyList<Aanbodregel> Aanbod)
{
    public bool IsInBedrijfOp(DateOnly datum) => Onderwijsbegeleidingsaanbieder.IsInBedrijf(Inbedrijfdatum, Uitbedrijfdatum, datum);
}

/// <summary>One line of an aanbieder's aanbod (<see cref="AangebodenBegeleiding"/>): an expertise, when, where, and how many pupils.</summary>
public sealed record Aanbodregel(ExpertiseCode Expertise, Periode Periode, Werkgebied Werkgebied, int? Capaciteit);
