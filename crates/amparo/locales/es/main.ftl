# Textos de la interfaz de amparo, en español (traducidos del inglés).

city-name = Ciudad de Los Ángeles
skip-to-content = Saltar al contenido
nav-language = Idioma
nav-main = Principal
nav-home = Inicio
nav-departments = Departamentos
nav-without-liaison = Departamentos sin enlace
nav-users = Cuentas
nav-tokens = Tokens de API
nav-audit = Registro de auditoría
nav-password = Cambiar contraseña
footer = amparo no guarda ningún registro del estatus migratorio de nadie. Todo acceso queda registrado.
back = Volver
back-home = Ir a la página de inicio
save = Guardar
yes = Sí
no = No
unknown = Desconocido
never = Nunca
any = Cualquiera
filter = Filtrar
pagination = Páginas
previous-page = Página anterior
next-page = Página siguiente
page-of = Página { $page }
actions = Acciones
status = Estado
role = Rol
department = Departamento
email = Correo electrónico
password = Contraseña

role-admin = Administrador/a
role-reviewer = Revisor/a (Oficina de Asuntos de Inmigrantes de la Alcaldía)
role-liaison = Enlace de asuntos de inmigrantes
role-employee = Empleado/a municipal
role-member = Integrante del grupo de trabajo
role-editor = Editor/a del portal
role-auditor = Auditor/a

sign-in = Iniciar sesión
sign-in-title = Iniciar sesión en amparo
sign-in-help = ¿Olvidó su contraseña o su cuenta está bloqueada? Pida una nueva contraseña de un solo uso a quien administre amparo en su departamento.
sign-out = Cerrar sesión

password-title = Cambie su contraseña
password-forced = Inició sesión con una contraseña de un solo uso. Elija su propia contraseña para continuar.
password-rules = Use de 15 a 128 caracteres. Unas cuantas palabras sin relación entre sí forman una buena contraseña.
current-password = Contraseña actual
new-password = Nueva contraseña
confirm-password = Confirme la nueva contraseña
change-password = Cambiar contraseña

notice-signed-out = Cerró sesión.
notice-password-changed = Se cambió su contraseña. Sus demás sesiones se cerraron.
notice-saved = Se guardó.
notice-session-ended = Su sesión terminó. Por favor, inicie sesión de nuevo.

home-admin = Administración
home-reviewer = Revisión
home-liaison = Departamento
home-employee = Departamento
home-member = Grupo de trabajo
home-editor = Contenido del portal
home-auditor = Registro de auditoría
home-member-intro = Inició sesión como integrante del grupo de trabajo sobre pautas para oficiales.
home-editor-intro = Inició sesión como editor/a del portal público de derechos y servicios.
home-departments = { $count } departamentos
home-without-liaison = { $count ->
    [one] 1 departamento sin enlace
   *[other] { $count } departamentos sin enlace
}
home-your-department = Usted actúa en nombre de { $name }.
home-no-liaison-yet = Este departamento aún no tiene enlace de asuntos de inmigrantes.
home-no-department = Su cuenta no está vinculada a ningún departamento. Pida a un administrador que la vincule.
home-audit-entries = { $count ->
    [one] El registro de auditoría contiene 1 entrada.
   *[other] El registro de auditoría contiene { $count } entradas.
}
home-last-checkpoint = Último punto de control firmado: { $at }
home-no-checkpoint = Aún no se ha registrado ningún punto de control firmado.

departments-title = Departamentos
departments-count = { $count ->
    [one] 1 departamento.
   *[other] { $count } departamentos.
}
without-liaison-title = Departamentos sin enlace
without-liaison-none = Todos los departamentos tienen un enlace principal de asuntos de inmigrantes.
without-liaison-count = { $count ->
    [one] 1 departamento no tiene enlace principal de asuntos de inmigrantes.
   *[other] { $count } departamentos no tienen enlace principal de asuntos de inmigrantes.
}
department-new = Agregar un departamento
department-edit = Editar { $name }
department-edit-link = Editar este departamento
col-name = Nombre
col-abbreviation = Abreviatura
col-kind = Tipo
col-facilities = Instalaciones
col-primary-liaison = Enlace principal
col-backup-liaison = Enlace suplente
headcount = Número de empleados
kind-department = Departamento
kind-office = Oficina
kind-elected_office = Oficina de cargo electo
kind-proprietary_department = Departamento propietario
kind-pension_department = Departamento de pensiones
kind-public_works_bureau = Buró de Obras Públicas

liaisons-title = Enlaces de asuntos de inmigrantes
liaison-primary = Enlace principal
liaison-backup = Enlace suplente
liaison-primary-edit = Designar el enlace principal
liaison-backup-edit = Designar el enlace suplente
liaison-none = Sin designar
liaison-remove = Quitar este enlace
job-title = Cargo
work-email = Correo electrónico laboral
work-phone = Teléfono laboral

facilities-title = Instalaciones (propiedades de la Ciudad)
facilities-none = Aún no hay instalaciones registradas.
facility-new = Agregar una instalación
facility-edit = Editar { $name }
address = Dirección
latitude = Latitud
longitude = Longitud
coordinates-hint = Las coordenadas son opcionales; indique ambas o ninguna, en grados decimales (por ejemplo, 34.0537 y -118.2428).
non-public-areas = Áreas sin acceso al público

users-title = Cuentas
users-none = Aún no hay cuentas.
user-new = Agregar una cuenta
user-new-hint = La nueva cuenta recibe una contraseña de un solo uso, que se muestra una sola vez y debe cambiarse al iniciar sesión por primera vez.
user-create = Crear cuenta
user-created = Cuenta creada
user-created-explanation = Entregue esta contraseña de un solo uso a { $email } por un medio seguro. Debe cambiarse al iniciar sesión por primera vez.
user-reset = Contraseña restablecida
user-reset-explanation = Entregue esta contraseña de un solo uso a { $email } por un medio seguro. Se cerraron todas las sesiones de esa cuenta.
user-reset-button = Restablecer contraseña
user-reset-for = Restablecer la contraseña de { $email }
user-disable = Desactivar
user-disable-for = Desactivar { $email }
user-enable = Activar
user-enable-for = Activar { $email }
status-active = Activa
status-pending = Pendiente de elegir contraseña
status-disabled = Desactivada
status-revoked = Revocado
department-hint = Los enlaces y los empleados pertenecen a un departamento; los demás roles, a ninguno.
department-none = Sin departamento
secret-shown-once = Esto se muestra solo ahora. amparo guarda únicamente un hash de este valor.

tokens-title = Tokens de API
tokens-hint = Los tokens permiten que los quioscos y otros sistemas usen la API. Cada uno actúa con un rol y, en el caso de enlaces y empleados, con un departamento.
tokens-none = Aún no hay tokens de API.
token-new = Emitir un token
token-create = Emitir token
token-created = Token de API emitido
token-created-explanation = Copie ahora este token en la configuración del cliente.
token-created-at = Emitido
token-last-used = Último uso
token-revoke = Revocar
token-revoke-for = Revocar el token { $name }

audit-title = Registro de auditoría
audit-actor = Actor
audit-action = Acción
audit-object = Objeto
audit-object-type = Tipo de objeto
audit-object-id = ID del objeto
audit-outcome = Resultado
audit-time = Hora (UTC)
audit-from = Desde
audit-to = Hasta
audit-export = Exportar estas entradas como CSV
audit-none = No hay entradas que coincidan.
older-entries = Entradas anteriores

error-summary = Algunas respuestas requieren atención. Cada problema se indica junto a su campo.
error-required = Este campo es obligatorio.
error-too-long = El texto es demasiado largo.
error-number = Ingrese un número.
error-email-required = Ingrese su correo electrónico.
error-email-invalid = Ingrese un correo electrónico como name@lacity.org.
error-email-taken = Ya existe una cuenta con este correo electrónico.
error-password-required = Ingrese su contraseña.
error-password-too-short = Use al menos 15 caracteres.
error-password-too-long = Use como máximo 128 caracteres.
error-password-mismatch = Las dos contraseñas nuevas no coinciden.
error-current-password = Su contraseña actual no es correcta.
error-login-failed = El correo electrónico o la contraseña no son correctos.
error-name-required = Ingrese un nombre.
error-role-invalid = Elija un rol.
error-department-required = Los enlaces y los empleados necesitan un departamento.
error-department-not-allowed = Solo los enlaces y los empleados pertenecen a un departamento.
error-department-unknown = Elija un departamento de la lista.
error-abbreviation = Use solo letras, dígitos y guiones.
error-kind = Elija un tipo de la lista.
error-headcount = Ingrese un número entre 0 y 1,000,000.
error-latitude = La latitud debe estar entre -90 y 90.
error-longitude = La longitud debe estar entre -180 y 180.
error-coordinates-pair = Indique la latitud y la longitud, o ninguna de las dos.
error-phone = Ingrese un número de teléfono de 7 a 15 dígitos.
error-taken = Otro registro ya usa este valor.
error-page = Las páginas empiezan en 1.
error-date = Las fechas deben escribirse en formato YYYY-MM-DD.

error-unauthenticated = Debe iniciar sesión
error-unauthenticated-detail = Inicie sesión para continuar.
error-forbidden = Acceso no permitido
error-forbidden-detail = Su rol no da acceso a esta página. El intento quedó registrado.
error-not-found = No se encontró
error-not-found-detail = Aquí no hay nada, o usted no tiene permiso para verlo.
error-bad-request = No se entendió la solicitud
error-bad-request-detail = No se pudo leer la solicitud:
error-csrf = Formulario vencido
error-csrf-detail = Este formulario ya no es válido. Regrese, vuelva a cargar la página e inténtelo de nuevo.
error-invalid = Revise sus respuestas
error-invalid-detail = Algunos valores no son válidos.
error-too-many = Demasiados intentos
error-too-many-detail = Demasiados intentos fallidos de inicio de sesión. Espere un minuto e inténtelo de nuevo.
error-internal = Algo salió mal
error-internal-detail = amparo no pudo terminar esta acción. No se perdió nada de lo que guardó antes. Por favor, inténtelo de nuevo.
