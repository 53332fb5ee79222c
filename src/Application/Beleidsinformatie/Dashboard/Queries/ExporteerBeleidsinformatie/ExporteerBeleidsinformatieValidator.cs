using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;

namespace PassendOnderwijs.Application.Beleidsinformatie.Dashboard.Queries.ExporteerBeleidsinformatie;

public sealed class ExporteerBeleidsinformatieValidator : AbstractValidator<ExporteerBeleidsinformatieQuery>
{
    public ExporteerBeleidsinformatieValidator() =>
        RuleFor(q => q.Leerjaar).MoetLeerjaarZijn().When(q => q.Leerjaar is not null);
}
