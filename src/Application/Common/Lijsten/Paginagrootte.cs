using FluentValidation;

namespace PassendOnderwijs.Application.Common.Lijsten;

/// <summary>A list's <c>pageSize</c> parameter: one rule and one message for every list that pages.</summary>
public static class Paginagrootte
{
    public static IRuleBuilderOptions<T, int?> MoetPaginagrootteZijn<T>(this IRuleBuilder<T, int?> regel, int maximum) =>
        regel.InclusiveBetween(1, maximum)
            .WithErrorCode("ongeldige-page-size")
            .WithMessage($"Vraag 1 tot en met {maximum} resultaten per pagina (pageSize).");
}
