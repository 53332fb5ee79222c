using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;

namespace PassendOnderwijs.Application.Beleidsinformatie.Dashboard.Queries.GeefBeleidsinformatie;

public sealed class GeefBeleidsinformatieValidator : AbstractValidator<GeefBeleidsinformatieQuery>
{
    public GeefBeleidsinformatieValidator() =>
        RuleFor(q => q.Leerjaar).MoetLeerjaarZijn().When(q => q.Leerjaar is not null);
}
