"""Operations GUI (运维管理): contractors, meters, the KPI dashboard and monthly reports."""
