using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Meldingen.Queries.GeefMeldingen;

public sealed class GeefMeldingenValidator : AbstractValidator<GeefMeldingenQuery>
{
    public GeefMeldingenValidator()
    {
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(MeldingenCursor.MaximalePageSize);
    }
}
