// Samskab on Azure: one Linux Web App (server + tab, Node 22 LTS) behind Azure Bot Service, with a
// user-assigned managed identity as the bot identity (no bot secret) and as the app's own
// least-privileged PostgreSQL role (Microsoft Entra authentication: no database password at all),
// Azure Database for PostgreSQL Flexible Server, and Application Insights on a Log Analytics workspace.
// Deployed by the Agents Toolkit's arm/deploy (m365agents.yml); the outputs are written back to env/.env.<env>.

@minLength(4)
@maxLength(20)
@description('Lowercase base name for all resources, e.g. samskab + a short random suffix.')
param resourceBaseName string

@description('Azure region for everything except the (global) Bot Service.')
param location string = resourceGroup().location

@description('App Service plan SKU (B1 for a pilot; P0v3 or larger for production).')
param webAppSku string = 'B1'

@description('Bot display name in Azure Bot Service.')
param botDisplayName string = 'Samskab'

@description('Entra app (tab SSO) client id: the audience of tab API tokens.')
param aadAppClientId string

@description('Tenant of the Entra app.')
param aadAppTenantId string

@description('Tenants allowed to use the tab API, comma separated. Empty: only the Entra app\'s tenant.')
param allowedTenantIds string = ''

@description('Object id of the Entra group (or user) that administers the PostgreSQL server and runs the role setup (README: Production settings). The app itself is never an administrator.')
param postgresEntraAdminObjectId string

@description('Display name of that Entra group or user principal name of that user.')
param postgresEntraAdminName string

@allowed(['Group', 'User', 'ServicePrincipal'])
param postgresEntraAdminType string = 'Group'

@description('The schema the app owns and keeps its tables in (infra/postgres-app-role.sql).')
param postgresAppSchema string = 'samskab'

@description('PostgreSQL compute SKU.')
param postgresSkuName string = 'Standard_B1ms'

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GB.')
param postgresStorageGb int = 32

@description('The data controller named on the privacy page (the organization deploying the app). Empty: the page shows a placeholder asking the operator to set it.')
param privacyControllerName string = ''

@description('How to reach the data controller or its data protection officer (shown on the privacy page).')
param privacyControllerContact string = ''

@allowed(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
param logLevel string = 'info'

@description('Days Log Analytics keeps logs.')
param logRetentionDays int = 30

var databaseName = 'samskab'
var webAppName = '${resourceBaseName}-app'
var tenantAllowList = empty(allowedTenantIds) ? aadAppTenantId : allowedTenantIds

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${resourceBaseName}-pg'
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    storage: { storageSizeGB: postgresStorageGb, autoGrow: 'Enabled' }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
    network: { publicNetworkAccess: 'Enabled' }
    // Entra sign-in only: no administrator password exists, so none can leak into a setting.
    authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Disabled', tenantId: subscription().tenantId }
  }
}

// The operator's Entra group administers the server; the app's identity gets only its own role
// (created by the documented setup step, with the rights of infra/postgres-app-role.sql).
resource postgresAdmin 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: postgres
  name: postgresEntraAdminObjectId
  properties: {
    principalName: postgresEntraAdminName
    principalType: postgresEntraAdminType
    tenantId: subscription().tenantId
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0–0.0.0.0 is Azure's convention for "allow connections from Azure services" (the Web App).
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: webAppSku }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node --disable-warning=DEP0111 dist/bot/index.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
    }
  }
}

// Every setting the server reads in production (bot/config.ts); a separate resource so that the
// URLs can use the Web App's real default host name.
resource webAppSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    NODE_ENV: 'production'
    LOG_LEVEL: logLevel
    PUBLIC_URL: 'https://${webApp.properties.defaultHostName}'
    TAB_ENDPOINT: 'https://${webApp.properties.defaultHostName}'
    BOT_ID: identity.properties.clientId
    BOT_TENANT_ID: identity.properties.tenantId
    BOT_TYPE: 'UserAssignedMsi'
    AAD_APP_CLIENT_ID: aadAppClientId
    AAD_APP_TENANT_ID: aadAppTenantId
    ALLOWED_TENANT_IDS: tenantAllowList
    DATABASE_URL: 'postgres://${identity.name}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=verify-full'
    DATABASE_AUTH: 'entra'
    AZURE_CLIENT_ID: identity.properties.clientId
    PG_SCHEMA: postgresAppSchema
    PRIVACY_CONTROLLER_NAME: privacyControllerName
    PRIVACY_CONTROLLER_CONTACT: privacyControllerContact
    PRIVACY_DATA_LOCATION: 'Azure, ${location}'
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    WEBSITE_RUN_FROM_PACKAGE: '1'
  }
  dependsOn: [database, allowAzureServices, postgresAdmin]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output TAB_DOMAIN string = webApp.properties.defaultHostName
output POSTGRES_HOST string = postgres.properties.fullyQualifiedDomainName
output POSTGRES_DATABASE string = databaseName
output POSTGRES_APP_ROLE string = identity.name
output POSTGRES_APP_PRINCIPAL_ID string = identity.properties.principalId
output POSTGRES_APP_SCHEMA string = postgresAppSchema
