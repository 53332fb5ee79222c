using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefMijnAanvragen;

public sealed class GeefMijnAanvragenValidator : AbstractValidator<GeefMijnAanvragenQuery>
{
    public GeefMijnAanvragenValidator()
    {
        RuleFor(q => q.Sorteer).MoetSorteringZijn(MijnAanvragenSortering.Alle);
        RuleFor(q => q.PageSize).InclusiveBetween(1, MijnAanvragenCursor.MaximalePageSize)
            .WithErrorCode("ongeldige-page-size").WithMessage($"pageSize ligt tussen 1 en {MijnAanvragenCursor.MaximalePageSize}.");
    }
}
