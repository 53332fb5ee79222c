using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefMijnAanvragen;

public sealed class GeefMijnAanvragenValidator : AbstractValidator<GeefMijnAanvragenQuery>
{
    public GeefMijnAanvragenValidator()
    {
        RuleFor(q => q.Sorteer).MoetSorteringZijn(MijnAanvragenSortering.Alle);
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(MijnAanvragenCursor.MaximalePageSize);
    }
}
