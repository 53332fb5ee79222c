namespace PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;

public sealed class GeefAuditRegelsValidator : AuditPaginaValidator<GeefAuditRegelsQuery>;
