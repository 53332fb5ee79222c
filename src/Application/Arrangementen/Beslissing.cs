using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// A decision as it was asked for. The texts stay the domain's to check, after it has checked that the step may be
/// taken now: a decision on an arrangement in the wrong status is a 409 whatever its text says.
/// </summary>
public sealed record Beslissing(string? Beschikkingsnummer, DateOnly Besluitdatum, string? Motivering)
{
    public static Result<DateOnly> LeesBesluitdatum(DateOnly? besluitdatum) =>
        Common.Invoer.Lezen.Vereist(besluitdatum, Fout.Ongeldig("besluitdatum-vereist", "Geef de datum van het besluit.", "besluitdatum"));
}
