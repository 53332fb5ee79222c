using FluentValidation;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Lijsten;

/// <summary>
/// A list's <c>sorteer</c> parameter: a field name, descending with a leading minus (<c>naam</c>, <c>-naam</c>). Each
/// list keeps its own allowed values as constants, which its query names in <c>[AllowedValues]</c> for the contract and
/// its validator in <see cref="MoetSorteringZijn{T}"/>, so the two cannot differ.
/// </summary>
public static class Sortering
{
    public static bool IsAflopend(string sorteer)
    {
        ArgumentNullException.ThrowIfNull(sorteer);
        return sorteer.StartsWith('-');
    }

    /// <summary>An unknown value is one 400 problem that names it and every value the list knows.</summary>
    public static IRuleBuilderOptions<T, string?> MoetSorteringZijn<T>(this IRuleBuilder<T, string?> regel, IReadOnlyList<string> toegestaan) =>
        regel.Must(s => s is null || toegestaan.Contains(s, StringComparer.Ordinal))
            .WithErrorCode("onbekende-sortering")
            .WithMessage((_, s) => $"Onbekende sortering \"{s}\". Sorteer op {Opsomming.Of(toegestaan)}.");
}
