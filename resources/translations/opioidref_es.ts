<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BodyMapCanvas</name>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="48" />
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="48" />
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="54" />
        <source>Body map, front and back</source>
        <translation>Mapa corporal, frente y espalda</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="55" />
        <source>Marked injection sites. Click one, or choose it from the list of sites.</source>
        <translation>Puntos de inyección marcados. Haga clic en uno o elíjalo de la lista de puntos.</translation>
    </message>
</context>
<context>
    <name>BodyMapWindow</name>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="156" />
        <source>Injection-site body map</source>
        <translation>Mapa corporal de puntos de inyección</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="164" />
        <source>Injection sites</source>
        <translation>Puntos de inyección</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="165" />
        <source>Choose a site to see what is seen there and the complications most linked to it.</source>
        <translation>Elija un punto para ver lo que se observa allí y las complicaciones más asociadas con él.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="167" />
        <source>front</source>
        <translation>frente</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="167" />
        <source>back</source>
        <translation>espalda</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="170" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="176" />
        <source>&amp;Sites</source>
        <translation>&amp;Puntos</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="180" />
        <source>Site details</source>
        <translation>Detalles del punto</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="184" />
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="202" />
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="203" />
        <source>Close the body map</source>
        <translation>Cerrar el mapa corporal</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="205" />
        <source>For recognition and referral only: what is seen at each site and which complications to look for.</source>
        <translation>Solo para reconocimiento y derivación: lo que se observa en cada punto y qué complicaciones buscar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="226" />
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="226" />
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="227" />
        <source>What you see</source>
        <translation>Lo que se observa</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="228" />
        <source>Complications most linked to this site</source>
        <translation>Complicaciones más asociadas con este punto</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="229" />
        <source>Take care</source>
        <translation>Tenga cuidado</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="229" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/bodymap.py" line="233" />
        <source>The body map is not in this version of the content.</source>
        <translation>El mapa corporal no está en esta versión del contenido.</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="23" />
        <location filename="../../app/gui/tools/comparison.py" line="60" />
        <location filename="../../app/gui/tools/comparison.py" line="96" />
        <source>Intoxication vs withdrawal</source>
        <translation>Intoxicación frente a abstinencia</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="27" />
        <source>Comparison table</source>
        <translation>Tabla comparativa</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="29" />
        <source>Each row compares one feature; the last column links to its entries.</source>
        <translation>Cada fila compara una característica; la última columna enlaza con sus entradas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="34" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="35" />
        <source>Print the comparison</source>
        <translation>Imprimir la comparación</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="36" />
        <source>Print the table (Ctrl+P)</source>
        <translation>Imprimir la tabla (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="38" />
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="39" />
        <source>Close the comparison</source>
        <translation>Cerrar la comparación</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="62" />
        <source>Intoxication slows the body down; withdrawal speeds it up. Breathing and consciousness decide which one is the emergency.</source>
        <translation>La intoxicación hace más lento el cuerpo; la abstinencia lo acelera. La respiración y el estado de conciencia deciden cuál de las dos es la emergencia.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="64" />
        <source>Feature</source>
        <translation>Característica</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="65" />
        <source>Intoxication / overdose</source>
        <translation>Intoxicación / sobredosis</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="66" />
        <source>Withdrawal</source>
        <translation>Abstinencia</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="67" />
        <source>In the reference</source>
        <translation>En la referencia</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="68" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="69" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/comparison.py" line="70" />
        <source>The comparison table is not in this version of the content.</source>
        <translation>La tabla comparativa no está en esta versión del contenido.</translation>
    </message>
</context>
<context>
    <name>CowsWindow</name>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="34" />
        <source>COWS: Clinical Opiate Withdrawal Scale</source>
        <translation>COWS: Escala clínica de abstinencia de opiáceos</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="43" />
        <source>&lt;b&gt;Keys:&lt;/b&gt; type each item's points (the form's values only; the next item follows); Up/Down move between items, Left/Right change a value, Backspace clears it; Ctrl+Enter records the score; Ctrl+Shift+C copies the summary; Ctrl+P prints it.</source>
        <translation>&lt;b&gt;Teclas:&lt;/b&gt; escriba los puntos de cada ítem (solo los valores del formulario; luego se pasa al ítem siguiente); Arriba/Abajo pasan de un ítem a otro, Izquierda/Derecha cambian un valor, Retroceso lo borra; Ctrl+Enter registra la puntuación; Ctrl+Shift+C copia el resumen; Ctrl+P lo imprime.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="58" />
        <source>COWS items</source>
        <translation>Ítems de la COWS</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="81" />
        <source>Record score</source>
        <translation>Registrar puntuación</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="82" />
        <source>Copy summary</source>
        <translation>Copiar resumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="83" />
        <source>Print summary</source>
        <translation>Imprimir resumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="103" />
        <source>COWS total</source>
        <translation>Total de la COWS</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="107" />
        <source>Band</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="108" />
        <source>&amp;Record score</source>
        <translation>&amp;Registrar puntuación</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="109" />
        <source>Record this score with the time (Ctrl+Enter)</source>
        <translation>Registrar esta puntuación con la hora (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="110" />
        <source>C&amp;lear form</source>
        <translation>&amp;Limpiar formulario</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="111" />
        <source>Clear every item of the form</source>
        <translation>Borrar todos los ítems del formulario</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="135" />
        <source>Scores recorded in this window</source>
        <translation>Puntuaciones registradas en esta ventana</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="138" />
        <source>Recorded scores</source>
        <translation>Puntuaciones registradas</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="148" />
        <source>Record a score to see the trend.</source>
        <translation>Registre una puntuación para ver la tendencia.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="149" />
        <source>Trend of COWS totals, with lines where the bands start (5, 13, 25, 37)</source>
        <translation>Tendencia de los totales de la COWS, con líneas donde empiezan las categorías (5, 13, 25, 37)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="151" />
        <source>&amp;Copy summary</source>
        <translation>&amp;Copiar resumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="152" />
        <source>Copy a plain-text summary for the chart (Ctrl+Shift+C)</source>
        <translation>Copiar un resumen en texto sin formato para el expediente clínico (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="153" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="154" />
        <source>Print the summary (Ctrl+P)</source>
        <translation>Imprimir el resumen (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="155" />
        <source>&amp;Forget all</source>
        <translation>&amp;Olvidar todas</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="156" />
        <source>Forget every recorded score</source>
        <translation>Olvidar todas las puntuaciones registradas</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="165" />
        <source>Nothing is saved on this computer: closing this window forgets these scores.</source>
        <translation>No se guarda nada en esta computadora: al cerrar esta ventana se olvidan estas puntuaciones.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="169" />
        <source>Starting buprenorphine: COWS thresholds by source</source>
        <translation>Inicio de buprenorfina: umbrales de la COWS según la fuente</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="180" />
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="187" />
        <source>Read more (opens in the main window)</source>
        <translation>Más información (se abre en la ventana principal)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="193" />
        <source>Open the entry: %1</source>
        <translation>Abrir la entrada: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="236" />
        <source>&lt;big&gt;&lt;b&gt;COWS %1&lt;/b&gt; of %2&lt;/big&gt;</source>
        <translation>&lt;big&gt;&lt;b&gt;COWS %1&lt;/b&gt; de %2&lt;/big&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="239" />
        <source>Band: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="241" />
        <source>&lt;big&gt;So far &lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; (%2 of %3 items scored)</source>
        <translation>&lt;big&gt;Hasta ahora &lt;b&gt;%1&lt;/b&gt;&lt;/big&gt; (%2 de %3 ítems puntuados)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="244" />
        <source>Score every item to see the total and band.</source>
        <translation>Puntúe todos los ítems para ver el total y la categoría.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="258" />
        <source>Not recorded: score every item first. Missing: %1.</source>
        <translation>No se registró: primero puntúe todos los ítems. Faltan: %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="265" />
        <source>Recorded COWS %1 (%2) at %3. The form is cleared for the next score.</source>
        <translation>Se registró COWS %1 (%2) a las %3. El formulario se borró para la siguiente puntuación.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="272" />
        <source>There are no recorded scores.</source>
        <translation>No hay puntuaciones registradas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="275" />
        <source>Forget all scores?</source>
        <translation>¿Olvidar todas las puntuaciones?</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="276" />
        <source>Forget the %1 recorded scores? This cannot be undone.</source>
        <translation>¿Olvidar las %1 puntuaciones registradas? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="281" />
        <source>All scores forgotten.</source>
        <translation>Se olvidaron todas las puntuaciones.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="288" />
        <source>Close the COWS?</source>
        <translation>¿Cerrar la COWS?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/tools/cows.py" line="289" />
        <source>%n recorded score(s) will be lost. Copy the summary first?</source>
        <translation>
            <numerusform>Se perderá %n puntuación registrada. ¿Copiar primero el resumen?</numerusform>
            <numerusform>Se perderán %n puntuaciones registradas. ¿Copiar primero el resumen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="291" />
        <source>&amp;Copy Summary and Close</source>
        <translation>&amp;Copiar resumen y cerrar</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="292" />
        <source>&amp;Discard Scores</source>
        <translation>&amp;Descartar puntuaciones</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="293" />
        <source>&amp;Keep Open</source>
        <translation>&amp;Mantener abierta</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="310" />
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="339" />
        <source>Nothing to copy yet: record a score first.</source>
        <translation>Todavía no hay nada que copiar: primero registre una puntuación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/tools/cows.py" line="342" />
        <source>Summary of %n score(s) copied; paste it into the chart.</source>
        <translation>
            <numerusform>Se copió el resumen de %n puntuación; péguelo en el expediente clínico.</numerusform>
            <numerusform>Se copió el resumen de %n puntuaciones; péguelo en el expediente clínico.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="346" />
        <source>Nothing to print yet: record a score first.</source>
        <translation>Todavía no hay nada que imprimir: primero registre una puntuación.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="352" />
        <source>Printing is not available in this version; copy the summary instead.</source>
        <translation>La impresión no está disponible en esta versión; copie el resumen en su lugar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="358" />
        <source>Summary sent to the printer.</source>
        <translation>Resumen enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="365" />
        <source>Compared with the form above: COWS %1.</source>
        <translation>Comparado con el formulario de arriba: COWS %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="369" />
        <source>Compared with the last recorded score: COWS %1 at %2.</source>
        <translation>Comparado con la última puntuación registrada: COWS %1 a las %2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="373" />
        <source>Score every item to compare the total with each threshold.</source>
        <translation>Puntúe todos los ítems para comparar el total con cada umbral.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="378" />
        <source>✔ reached</source>
        <translation>✔ alcanzado</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/cows.py" line="380" />
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../app/gui/entry_view.py" line="30" />
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../app/gui/dialogs.py" line="45" />
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="46" />
        <source>OpioidRef hit an unexpected problem and carried on. Your notes and bookmarks are safe.</source>
        <translation>OpioidRef tuvo un problema inesperado y siguió funcionando. Sus notas y marcadores están a salvo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="51" />
        <source>Error report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="52" />
        <source>The report is also written to: %1</source>
        <translation>El informe también se guardó en: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="55" />
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/gui/find_bar.py" line="17" />
        <location filename="../../app/gui/find_bar.py" line="18" />
        <source>Find in this entry</source>
        <translation>Buscar en esta entrada</translation>
    </message>
    <message>
        <location filename="../../app/gui/find_bar.py" line="20" />
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <location filename="../../app/gui/find_bar.py" line="21" />
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../app/gui/find_bar.py" line="22" />
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location filename="../../app/gui/find_bar.py" line="23" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../app/gui/find_bar.py" line="24" />
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <location filename="../../app/gui/find_bar.py" line="25" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/gui/find_bar.py" line="26" />
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/gui/find_bar.py" line="90" />
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../app/gui/find_bar.py" line="92" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ItemSelector</name>
    <message>
        <location filename="../../app/gui/tools/_cows_item.py" line="105" />
        <source>%1 takes only %2.</source>
        <translation>%1 solo admite %2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/_cows_item.py" line="127" />
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/_cows_item.py" line="129" />
        <source>%1 points: %2</source>
        <translation>%1 puntos: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/_cows_item.py" line="133" />
        <source>Type a value, or use Left and Right; Up and Down move between items.</source>
        <translation>Escriba un valor o use Izquierda y Derecha; Arriba y Abajo pasan de un ítem a otro.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/_cows_item.py" line="146" />
        <source>%1 is not a value of this item.</source>
        <translation>%1 no es un valor de este ítem.</translation>
    </message>
</context>
<context>
    <name>JumpPanel</name>
    <message>
        <location filename="../../app/gui/presentation_search.py" line="29" />
        <source>Jump to an entry:</source>
        <translation>Ir a una entrada:</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_search.py" line="31" />
        <source>Jump to an entry</source>
        <translation>Ir a una entrada</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_search.py" line="32" />
        <source>Type to search, Enter to show, Esc to go back</source>
        <translation>Escriba para buscar, Enter para mostrar, Esc para volver</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_search.py" line="36" />
        <source>Matching entries</source>
        <translation>Entradas que coinciden</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_search.py" line="72" />
        <source>Type a word: a title, a sign, a street term.</source>
        <translation>Escriba una palabra: un título, un signo, un término callejero.</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_search.py" line="74" />
        <source>No entries match “%1”.</source>
        <translation>Ninguna entrada coincide con “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_search.py" line="77" />
        <source>Up and Down: choose · Enter: show · Esc: back to the slide</source>
        <translation>Arriba y Abajo: elegir · Enter: mostrar · Esc: volver a la diapositiva</translation>
    </message>
</context>
<context>
    <name>LessonChooser</name>
    <message>
        <location filename="../../app/gui/presentation_chooser.py" line="19" />
        <source>Choose a lesson</source>
        <translation>Elija una lección</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_chooser.py" line="26" />
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_chooser.py" line="29" />
        <source>Up and Down: choose · Enter: start · Esc: leave</source>
        <translation>Arriba y Abajo: elegir · Enter: empezar · Esc: salir</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_chooser.py" line="47" />
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_chooser.py" line="48" />
        <source>%1 slides</source>
        <translation>%1 diapositivas</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_chooser.py" line="54" />
        <source>This content has no lessons. A lesson is a file in content/lessons/.</source>
        <translation>Este contenido no tiene lecciones. Una lección es un archivo en content/lessons/.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/page_labels.py" line="32" />
        <source>Signs</source>
        <translation>Signos</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="33" />
        <source>Overdose</source>
        <translation>Sobredosis</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="34" />
        <source>Withdrawal</source>
        <translation>Abstinencia</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="35" />
        <source>Injection-site complications</source>
        <translation>Complicaciones en el punto de inyección</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="36" />
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="37" />
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="116" />
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="117" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="118" />
        <source>&amp;Find in Entry…</source>
        <translation>Buscar en la &amp;entrada…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="119" />
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="120" />
        <source>Find &amp;Previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="121" />
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="122" />
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="123" />
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="124" />
        <source>&amp;Bookmark This Entry</source>
        <translation>&amp;Marcar esta entrada</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="126" />
        <source>Write a &amp;Note</source>
        <translation>Escribir una &amp;nota</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="127" />
        <source>&amp;Clear History</source>
        <translation>&amp;Borrar historial</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="128" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="130" />
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="132" />
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="133" />
        <source>&amp;About OpioidRef</source>
        <translation>&amp;Acerca de OpioidRef</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="134" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="135" />
        <source>Print Pre&amp;view…</source>
        <translation>Vista &amp;previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="136" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="137" />
        <source>&amp;Import Content Update…</source>
        <translation>I&amp;mportar actualización de contenido…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138" />
        <source>&amp;Revert to Previous Content…</source>
        <translation>&amp;Restaurar contenido anterior…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="139" />
        <source>&amp;Present a Lesson…</source>
        <translation>&amp;Presentar una lección…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="140" />
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="143" />
        <source>Follow &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="143" />
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="144" />
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="144" />
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166" />
        <source>Takes effect at the next start</source>
        <translation>Se aplica la próxima vez que se inicie</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="175" />
        <source>The language will change when OpioidRef is started again.</source>
        <translation>El idioma cambiará cuando vuelva a iniciar OpioidRef.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="179" />
        <location filename="../../app/selftest.py" line="309" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="188" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="191" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="197" />
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="199" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="200" />
        <source>&amp;Go</source>
        <translation>I&amp;r</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="203" />
        <source>E&amp;ntry</source>
        <translation>E&amp;ntrada</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="208" />
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="214" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="233" />
        <source>This tool is not available.</source>
        <translation>Esta herramienta no está disponible.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="255" />
        <source>Also in English</source>
        <translation>También en inglés (English)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="257" />
        <source>This entry is not translated yet; it is shown in English.</source>
        <translation>Esta entrada todavía no está traducida; se muestra en inglés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="262" />
        <source>Also in Spanish (Español)</source>
        <translation>También en español</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="13" />
        <source>Red flags — act now</source>
        <translation>Señales de alarma — actúe ahora</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="14" />
        <source>See also</source>
        <translation>Vea también</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="15" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="16" />
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="17" />
        <source>Also called</source>
        <translation>También llamado</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="18" />
        <source>Most used</source>
        <translation>Más consultados</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="19" />
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="20" />
        <source>Content version</source>
        <translation>Versión del contenido</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="21" />
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="22" />
        <source>Offline reference on heroin and other opioids: signs, overdose, withdrawal, injection-site complications, treatment and support.</source>
        <translation>Referencia sin conexión sobre la heroína y otros opioides: signos, sobredosis, abstinencia, complicaciones en el punto de inyección, tratamiento y apoyo.</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="25" />
        <source>Local numbers (clinic, outreach team, pharmacy):</source>
        <translation>Números locales (clínica, equipo de calle, farmacia):</translation>
    </message>
    <message>
        <location filename="../../app/page_labels.py" line="27" />
        <source>OpioidRef is a reference. It supports, and does not replace, clinical judgement and local protocols. In an emergency call 911.</source>
        <translation>OpioidRef es una obra de referencia. Apoya, y no reemplaza, el juicio clínico ni los protocolos locales. En una emergencia, llame al 911.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="333" />
        <source>Not in this version of the reference</source>
        <translation>No está en esta versión de la referencia</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="334" />
        <source>“%1” is not in the current content. Your note on it, if any, is kept below.</source>
        <translation>“%1” no está en el contenido actual. Su nota sobre esta entrada, si la tiene, se conserva abajo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="392" />
        <source>Bookmarked</source>
        <translation>Agregado a marcadores</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="392" />
        <source>Bookmark removed</source>
        <translation>Marcador eliminado</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="451" />
        <source>Content %1 · %2 entries · reviewed %3</source>
        <translation>Contenido %1 · %2 entradas · revisado %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="461" />
        <source>Open an entry to print it.</source>
        <translation>Abra una entrada para imprimirla.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="467" />
        <source>This entry is not in the current content.</source>
        <translation>Esta entrada no está en el contenido actual.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="499" />
        <source>Saved the PDF as %1</source>
        <translation>PDF guardado como %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="510" />
        <source>Import Content Update</source>
        <translation>Importar actualización de contenido</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="511" />
        <source>OpioidRef content packs (*.orpack);;All files (*)</source>
        <translation>Paquetes de contenido de OpioidRef (*.orpack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="517" />
        <source>Content update refused</source>
        <translation>Actualización de contenido rechazada</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="518" />
        <source>This file was not installed, and nothing was changed.

%1</source>
        <translation>Este archivo no se instaló y no se cambió nada.

%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="522" />
        <source>Install older content?</source>
        <translation>¿Instalar contenido más antiguo?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="523" />
        <source>This update is not newer than the content in use (%1). Install it anyway?</source>
        <translation>Esta actualización no es más reciente que el contenido en uso (%1). ¿Instalarla de todos modos?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="531" />
        <source>The content was updated.</source>
        <translation>El contenido se actualizó.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="540" />
        <source>Revert content?</source>
        <translation>¿Restaurar el contenido anterior?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="541" />
        <source>Go back to the content that was in use before the last update?</source>
        <translation>¿Volver al contenido que estaba en uso antes de la última actualización?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="548" />
        <source>The previous content is in use again.</source>
        <translation>El contenido anterior está en uso de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="549" />
        <source>The bundled content is in use again.</source>
        <translation>El contenido incluido con la aplicación está en uso de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="563" />
        <source>Content not changed</source>
        <translation>No se cambió el contenido</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="585" />
        <source>These entries are no longer in the reference; your bookmarks and notes on them are kept:</source>
        <translation>Estas entradas ya no están en la referencia; se conservan sus marcadores y notas sobre ellas:</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="587" />
        <source>Content update</source>
        <translation>Actualización de contenido</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="32" />
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="36" />
        <source>Show or hide your note on this entry (Ctrl+Shift+N)</source>
        <translation>Mostrar u ocultar su nota sobre esta entrada (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="37" />
        <source>kept on this computer only</source>
        <translation>se guarda solo en esta computadora</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="40" />
        <source>My notes on this entry</source>
        <translation>Mis notas sobre esta entrada</translation>
    </message>
    <message>
        <location filename="../../app/gui/notes_panel.py" line="41" />
        <source>Write a note about this entry; it is saved as you type.</source>
        <translation>Escriba una nota sobre esta entrada; se guarda mientras escribe.</translation>
    </message>
</context>
<context>
    <name>OudWindow</name>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="56" />
        <source>DSM-5 opioid use disorder checklist</source>
        <translation>Lista de verificación del DSM-5 para el trastorno por consumo de opioides</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="58" />
        <source>Keys: Up/Down move through the criteria, Space ticks or unticks one, typing a number jumps to that criterion; Ctrl+Shift+C copies the summary.</source>
        <translation>Teclas: Arriba/Abajo recorren los criterios, Espacio marca o desmarca uno, escribir un número lleva a ese criterio; Ctrl+Shift+C copia el resumen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="63" />
        <source>DSM-5 criteria met within 12 months</source>
        <translation>Criterios del DSM-5 cumplidos en un período de 12 meses</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="76" />
        <source>Taken &amp;only as prescribed, under medical supervision</source>
        <translation>Tomado &amp;solo según lo recetado, bajo supervisión médica</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="84" />
        <source>Criteria counted</source>
        <translation>Criterios contados</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="87" />
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="91" />
        <source>&amp;Copy summary (Ctrl+Shift+C)</source>
        <translation>&amp;Copiar resumen (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="92" />
        <source>Copy a plain-text summary for the chart</source>
        <translation>Copiar un resumen en texto sin formato para el expediente clínico</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="94" />
        <source>C&amp;lear all ticks</source>
        <translation>&amp;Borrar todas las marcas</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="95" />
        <source>Untick every criterion</source>
        <translation>Desmarcar todos los criterios</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="112" />
        <source>Nothing is saved on this computer: closing this window forgets these ticks.</source>
        <translation>No se guarda nada en esta computadora: al cerrar esta ventana se olvidan estas marcas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="115" />
        <source>Copy summary</source>
        <translation>Copiar resumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="135" />
        <source>(not counted: taken only as prescribed)</source>
        <translation>(no se cuenta: tomado solo según lo recetado)</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="138" />
        <source>&lt;big&gt;Criteria counted: &lt;b&gt;%1&lt;/b&gt; of %2&lt;/big&gt;</source>
        <translation>&lt;big&gt;Criterios contados: &lt;b&gt;%1&lt;/b&gt; de %2&lt;/big&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="140" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="142" />
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="144" />
        <source>Ticked but not counted: %1.</source>
        <translation>Marcados pero no contados: %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="152" />
        <source>All ticks cleared.</source>
        <translation>Se borraron todas las marcas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/oud.py" line="155" />
        <source>Summary copied; paste it into the chart.</source>
        <translation>Resumen copiado; péguelo en el expediente clínico.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../app/gui/presentation.py" line="53" />
        <source>Presentation — %1</source>
        <translation>Presentación — %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="58" />
        <location filename="../../app/gui/presentation.py" line="89" />
        <source>Slide</source>
        <translation>Diapositiva</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="87" />
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="87" />
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="88" />
        <source>slides</source>
        <translation>diapositivas</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="89" />
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="89" />
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="90" />
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="90" />
        <source>correct answer</source>
        <translation>respuesta correcta</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="91" />
        <source>Read more</source>
        <translation>Más información</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="91" />
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="92" />
        <source>Press T to open the tool.</source>
        <translation>Presione T para abrir la herramienta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="93" />
        <location filename="../../app/gui/presentation.py" line="372" />
        <source>This tool is not available in this version of OpioidRef.</source>
        <translation>Esta herramienta no está disponible en esta versión de OpioidRef.</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="94" />
        <source>Open this tool in OpioidRef during the lesson.</source>
        <translation>Abra esta herramienta en OpioidRef durante la lección.</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="95" />
        <source>Press A (or the next key) to show the answer.</source>
        <translation>Presione A (o la tecla para avanzar) para mostrar la respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="96" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="96" />
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="97" />
        <location filename="../../app/gui/presentation.py" line="207" />
        <source>End of the lesson</source>
        <translation>Fin de la lección</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="98" />
        <source>Home starts it again; ← goes back to the last slide; Esc leaves presentation mode.</source>
        <translation>Inicio la empieza de nuevo; ← vuelve a la última diapositiva; Esc sale del modo de presentación.</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="162" />
        <source>This slide cannot be shown</source>
        <translation>No se puede mostrar esta diapositiva</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="206" />
        <source>Home: start again</source>
        <translation>Inicio: empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="210" />
        <source>→ or Space: next</source>
        <translation>→ o Espacio: siguiente</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="276" />
        <source>This slide has no entry to open; on a quiz, show the answer first (A).</source>
        <translation>Esta diapositiva no tiene una entrada que abrir; en una pregunta, muestre primero la respuesta (A).</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="206" />
        <location filename="../../app/gui/presentation.py" line="210" />
        <source>←: back</source>
        <translation>←: atrás</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="213" />
        <source>Esc or Backspace: back to slide %1</source>
        <translation>Esc o Retroceso: volver a la diapositiva %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="217" />
        <source>E: open the entry</source>
        <translation>E: abrir la entrada</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="218" />
        <source>A: show the answer</source>
        <translation>A: mostrar la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="220" />
        <source>T: open the tool</source>
        <translation>T: abrir la herramienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="221" />
        <source>Ctrl+K: find an entry</source>
        <translation>Ctrl+K: buscar una entrada</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="206" />
        <location filename="../../app/gui/presentation.py" line="222" />
        <source>Esc: leave</source>
        <translation>Esc: salir</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="225" />
        <source>Slide %1 of %2</source>
        <translation>Diapositiva %1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation.py" line="227" />
        <source>Entry: %1</source>
        <translation>Entrada: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/gui/printing.py" line="52" />
        <source>PDF export needs a graphical Qt application; this process runs a console-only one.</source>
        <translation>La exportación a PDF necesita una aplicación gráfica de Qt; este proceso ejecuta una aplicación solo de consola.</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="90" />
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="134" />
        <source>This document has %1 pages; there is nothing to print in the range asked for.</source>
        <translation>Este documento tiene %1 páginas; no hay nada que imprimir en el intervalo pedido.</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="138" />
        <source>The printer or file could not be opened for writing.</source>
        <translation>No se pudo abrir la impresora o el archivo para escribir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="187" />
        <source>Give a file name for the PDF.</source>
        <translation>Indique un nombre de archivo para el PDF.</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="190" />
        <source>%1 is a folder; give a file name for the PDF, such as entry.pdf.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo para el PDF, por ejemplo entrada.pdf.</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="193" />
        <source>The folder %1 does not exist; the PDF was not written.</source>
        <translation>La carpeta %1 no existe; no se escribió el PDF.</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="221" />
        <source>The PDF could not be written to %1 (%2). Choose another folder or file name.</source>
        <translation>No se pudo escribir el PDF en %1 (%2). Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="245" />
        <location filename="../../app/gui/printing.py" line="248" />
        <location filename="../../app/gui/printing.py" line="262" />
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="246" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="280" />
        <source>Print “%1”</source>
        <translation>Imprimir “%1”</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="281" />
        <location filename="../../app/gui/printing.py" line="294" />
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="310" />
        <source>Print Preview: %1</source>
        <translation>Vista previa de impresión: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/printing.py" line="311" />
        <location filename="../../app/gui/printing.py" line="327" />
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../app/gui/results_view.py" line="58" />
        <source>bookmarked</source>
        <translation>en marcadores</translation>
    </message>
    <message>
        <location filename="../../app/gui/results_view.py" line="60" />
        <source>has a note</source>
        <translation>tiene una nota</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../app/gui/side_panel.py" line="35" />
        <source>Search: a sign, a drug, a wound, a brand name…</source>
        <translation>Buscar: un signo, una droga, una herida, una marca comercial…</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="36" />
        <source>Search the reference</source>
        <translation>Buscar en la referencia</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="40" />
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="41" />
        <source>Clear the search (Esc)</source>
        <translation>Borrar la búsqueda (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="44" />
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="51" />
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="63" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="64" />
        <source>Browse by category</source>
        <translation>Explorar por categoría</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="66" />
        <source>All entries A to Z</source>
        <translation>Todas las entradas de la A a la Z</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="68" />
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="70" />
        <source>Recently opened</source>
        <translation>Abiertas recientemente</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="72" />
        <source>Handouts to print for people and families</source>
        <translation>Folletos para imprimir para las personas y sus familias</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="75" />
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="76" />
        <source>&amp;Results</source>
        <translation>Re&amp;sultados</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="77" />
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="78" />
        <source>A–&amp;Z</source>
        <translation>A–&amp;Z</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="79" />
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="80" />
        <source>Histor&amp;y</source>
        <translation>Historia&amp;l</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="81" />
        <source>Hand&amp;outs</source>
        <translation>&amp;Folletos</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="125" />
        <source>No entries match “%1”.</source>
        <translation>Ninguna entrada coincide con “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="127" />
        <source>Showing results for “%1”.</source>
        <translation>Se muestran resultados para “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/side_panel.py" line="129" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/side_panel.py" line="218" />
        <source> (no longer in the reference)</source>
        <translation> (ya no está en la referencia)</translation>
    </message>
</context>
<context>
    <name>SlideFooter</name>
    <message>
        <location filename="../../app/gui/presentation_view.py" line="44" />
        <source>Lesson progress</source>
        <translation>Progreso de la lección</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_view.py" line="46" />
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_view.py" line="48" />
        <source>▼ more</source>
        <translation>▼ más</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_view.py" line="50" />
        <source>More of this slide below</source>
        <translation>Hay más de esta diapositiva abajo</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_view.py" line="52" />
        <source>Slide number</source>
        <translation>Número de diapositiva</translation>
    </message>
    <message>
        <location filename="../../app/gui/presentation_view.py" line="68" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/gui/application.py" line="55" />
        <source>The content folder has errors, so the previous build is shown. Run 'opioidref build --check' to see them.</source>
        <translation>La carpeta de contenido tiene errores, así que se muestra la compilación anterior. Ejecute 'opioidref build --check' para verlos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/application.py" line="96" />
        <source>The content database is damaged: %1. If it is an imported update, File → Revert to previous content goes back to the bundled copy.</source>
        <translation>La base de datos del contenido está dañada: %1. Si es una actualización importada, Archivo → Restaurar contenido anterior regresa a la copia incluida.</translation>
    </message>
    <message>
        <location filename="../../app/gui/application.py" line="128" />
        <source>OpioidRef cannot open its content</source>
        <translation>OpioidRef no puede abrir su contenido</translation>
    </message>
    <message>
        <location filename="../../app/gui/application.py" line="137" />
        <source>Your settings file could not be read; default settings are used. The old file was kept as %1.</source>
        <translation>No se pudo leer su archivo de configuración; se usa la configuración predeterminada. El archivo anterior se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/application.py" line="140" />
        <source>Your bookmarks and notes file was damaged; a new one was started. The old file was kept as %1.</source>
        <translation>Su archivo de marcadores y notas estaba dañado; se empezó uno nuevo. El archivo anterior se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/application.py" line="150" />
        <source>The reference content has errors and no earlier build is available:

%1

Fix the files named above (see content/README.md) and start again.</source>
        <translation>El contenido de la referencia tiene errores y no hay una compilación anterior disponible:

%1

Corrija los archivos indicados arriba (vea content/README.md) y vuelva a iniciar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/application.py" line="152" />
        <source>%1

What to do: from a clone, delete the file and start again to rebuild it; in an installed copy, reinstall OpioidRef.</source>
        <translation>%1

Qué hacer: desde un clon, borre el archivo y vuelva a iniciar para reconstruirlo; en una copia instalada, reinstale OpioidRef.</translation>
    </message>
</context>
<context>
    <name>ToolWindow</name>
    <message>
        <location filename="../../app/gui/tools/_tool_window.py" line="59" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/gui/tools/_tool_window.py" line="61" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location filename="../../app/tools/__init__.py" line="13" />
        <source>COWS: Clinical Opiate Withdrawal Scale</source>
        <translation>COWS: Escala clínica de abstinencia de opiáceos</translation>
    </message>
    <message>
        <location filename="../../app/tools/__init__.py" line="14" />
        <source>DSM-5 opioid use disorder checklist</source>
        <translation>Lista de verificación del DSM-5 para el trastorno por consumo de opioides</translation>
    </message>
    <message>
        <location filename="../../app/tools/__init__.py" line="15" />
        <source>Intoxication vs withdrawal</source>
        <translation>Intoxicación frente a abstinencia</translation>
    </message>
    <message>
        <location filename="../../app/tools/__init__.py" line="16" />
        <source>Injection-site body map</source>
        <translation>Mapa corporal de puntos de inyección</translation>
    </message>
</context>
<context>
    <name>cows</name>
    <message>
        <location filename="../../app/tools/cows.py" line="64" />
        <source>Resting pulse rate</source>
        <translation>Frecuencia del pulso en reposo</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="65" />
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="66" />
        <source>Beats per minute, measured after the patient has been sitting or lying for 1 minute.</source>
        <translation>Latidos por minuto, medidos después de que el paciente haya estado sentado o acostado durante 1 minuto.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="68" />
        <source>pulse rate 80 beats/min or below</source>
        <translation>frecuencia del pulso de 80 latidos/min o menos</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="69" />
        <source>pulse rate 81-100 beats/min</source>
        <translation>frecuencia del pulso de 81-100 latidos/min</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="70" />
        <source>pulse rate 101-120 beats/min</source>
        <translation>frecuencia del pulso de 101-120 latidos/min</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="71" />
        <source>pulse rate greater than 120 beats/min</source>
        <translation>frecuencia del pulso mayor de 120 latidos/min</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="73" />
        <location filename="../../app/tools/cows.py" line="74" />
        <source>Sweating</source>
        <translation>Sudoración</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="75" />
        <source>Over the past ½ hour, not accounted for by room temperature or patient activity.</source>
        <translation>Durante la última ½ hora, sin que se explique por la temperatura de la sala o la actividad del paciente.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="77" />
        <source>no report of chills or flushing</source>
        <translation>no refiere escalofríos ni enrojecimiento</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="78" />
        <source>subjective report of chills or flushing</source>
        <translation>refiere de forma subjetiva escalofríos o enrojecimiento</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="79" />
        <source>flushed or observable moistness on face</source>
        <translation>rubor o humedad visible en la cara</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="80" />
        <source>beads of sweat on brow or face</source>
        <translation>gotas de sudor en la frente o la cara</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="81" />
        <source>sweat streaming off face</source>
        <translation>sudor que corre por la cara</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="83" />
        <location filename="../../app/tools/cows.py" line="84" />
        <source>Restlessness</source>
        <translation>Inquietud</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="85" />
        <location filename="../../app/tools/cows.py" line="138" />
        <source>Observed during the assessment.</source>
        <translation>Observada durante la evaluación.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="86" />
        <source>able to sit still</source>
        <translation>puede quedarse sentado sin moverse</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="87" />
        <source>reports difficulty sitting still, but is able to do so</source>
        <translation>refiere dificultad para quedarse sentado sin moverse, pero puede hacerlo</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="88" />
        <source>frequent shifting or extraneous movements of legs/arms</source>
        <translation>cambia de posición con frecuencia o hace movimientos innecesarios de piernas/brazos</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="89" />
        <source>unable to sit still for more than a few seconds</source>
        <translation>no puede quedarse sentado sin moverse más de unos segundos</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="91" />
        <source>Pupil size</source>
        <translation>Tamaño de las pupilas</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="92" />
        <source>Pupils</source>
        <translation>Pupilas</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="94" />
        <source>pupils pinned or normal size for room light</source>
        <translation>pupilas puntiformes o de tamaño normal para la luz de la sala</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="95" />
        <source>pupils possibly larger than normal for room light</source>
        <translation>pupilas posiblemente más grandes de lo normal para la luz de la sala</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="96" />
        <source>pupils moderately dilated</source>
        <translation>pupilas moderadamente dilatadas</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="97" />
        <source>pupils so dilated that only the rim of the iris is visible</source>
        <translation>pupilas tan dilatadas que solo se ve el borde del iris</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="100" />
        <source>Bone or joint aches</source>
        <translation>Dolor de huesos o articulaciones</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="101" />
        <source>Bone/joint aches</source>
        <translation>Dolor de huesos/articulaciones</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="102" />
        <source>If the patient was having pain before, score only the additional part attributed to opiate withdrawal.</source>
        <translation>Si el paciente ya tenía dolor, puntúe solo la parte adicional atribuida a la abstinencia de opiáceos.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="104" />
        <location filename="../../app/tools/cows.py" line="114" />
        <source>not present</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="105" />
        <source>mild diffuse discomfort</source>
        <translation>molestia difusa leve</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="106" />
        <source>patient reports severe diffuse aching of joints/muscles</source>
        <translation>el paciente refiere dolor difuso intenso de articulaciones/músculos</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="108" />
        <source>patient is rubbing joints or muscles and is unable to sit still because of discomfort</source>
        <translation>el paciente se frota las articulaciones o los músculos y no puede quedarse sentado sin moverse por la molestia</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="111" />
        <source>Runny nose or tearing</source>
        <translation>Secreción nasal o lagrimeo</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="112" />
        <source>Runny nose/tearing</source>
        <translation>Secreción nasal/lagrimeo</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="113" />
        <source>Not accounted for by cold symptoms or allergies.</source>
        <translation>Sin que se explique por síntomas de resfriado o alergias.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="115" />
        <source>nasal stuffiness or unusually moist eyes</source>
        <translation>congestión nasal u ojos inusualmente húmedos</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="116" />
        <source>nose running or tearing</source>
        <translation>secreción nasal o lagrimeo</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="117" />
        <source>nose constantly running or tears streaming down cheeks</source>
        <translation>secreción nasal constante o lágrimas que corren por las mejillas</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="119" />
        <location filename="../../app/tools/cows.py" line="120" />
        <source>GI upset</source>
        <translation>Malestar gastrointestinal</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="121" />
        <source>Over the last ½ hour.</source>
        <translation>Durante la última ½ hora.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="122" />
        <source>no GI symptoms</source>
        <translation>sin síntomas gastrointestinales</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="123" />
        <source>stomach cramps</source>
        <translation>cólicos estomacales</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="124" />
        <source>nausea or loose stool</source>
        <translation>náuseas o heces blandas</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="125" />
        <source>vomiting or diarrhea</source>
        <translation>vómitos o diarrea</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="126" />
        <source>multiple episodes of diarrhea or vomiting</source>
        <translation>varios episodios de diarrea o vómitos</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="128" />
        <location filename="../../app/tools/cows.py" line="129" />
        <source>Tremor</source>
        <translation>Temblor</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="130" />
        <source>Observation of outstretched hands.</source>
        <translation>Observación de las manos extendidas.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="131" />
        <source>no tremor</source>
        <translation>sin temblor</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="132" />
        <source>tremor can be felt, but not observed</source>
        <translation>el temblor se puede sentir, pero no se observa</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="133" />
        <source>slight tremor observable</source>
        <translation>temblor leve observable</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="134" />
        <source>gross tremor or muscle twitching</source>
        <translation>temblor grueso o contracciones musculares</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="136" />
        <location filename="../../app/tools/cows.py" line="137" />
        <source>Yawning</source>
        <translation>Bostezos</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="139" />
        <source>no yawning</source>
        <translation>sin bostezos</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="140" />
        <source>yawning once or twice during assessment</source>
        <translation>bosteza una o dos veces durante la evaluación</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="141" />
        <source>yawning three or more times during assessment</source>
        <translation>bosteza tres o más veces durante la evaluación</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="142" />
        <source>yawning several times/minute</source>
        <translation>bosteza varias veces/minuto</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="144" />
        <source>Anxiety or irritability</source>
        <translation>Ansiedad o irritabilidad</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="145" />
        <source>Anxiety/irritability</source>
        <translation>Ansiedad/irritabilidad</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="147" />
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="148" />
        <source>patient reports increasing irritability or anxiousness</source>
        <translation>el paciente refiere irritabilidad o ansiedad en aumento</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="149" />
        <source>patient obviously irritable or anxious</source>
        <translation>el paciente está claramente irritable o ansioso</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="151" />
        <source>patient so irritable or anxious that participation in the assessment is difficult</source>
        <translation>el paciente está tan irritable o ansioso que le resulta difícil participar en la evaluación</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="154" />
        <source>Gooseflesh skin</source>
        <translation>Piel de gallina</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="155" />
        <source>Gooseflesh</source>
        <translation>Piel de gallina</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="157" />
        <source>skin is smooth</source>
        <translation>la piel está lisa</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="159" />
        <source>piloerection of skin can be felt or hairs standing up on arms</source>
        <translation>se puede sentir piloerección en la piel o vello erizado en los brazos</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="161" />
        <source>prominent piloerection</source>
        <translation>piloerección evidente</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="166" />
        <source>COWS (Clinical Opiate Withdrawal Scale, Wesson &amp; Ling 2003)</source>
        <translation>COWS (Escala clínica de abstinencia de opiáceos, Wesson &amp; Ling 2003)</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="167" />
        <source>For each item, pick the value that best describes the patient. Rate only what seems related to opiate withdrawal: a pulse raised because the patient was just jogging adds nothing.</source>
        <translation>En cada ítem, elija el valor que mejor describa al paciente. Califique solo lo que parezca relacionado con la abstinencia de opiáceos: un pulso elevado porque el paciente acaba de trotar no suma nada.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="184" />
        <source>below the form's bands (0-4)</source>
        <translation>por debajo de las categorías del formulario (0-4)</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="185" />
        <source>mild (5-12)</source>
        <translation>leve (5-12)</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="186" />
        <source>moderate (13-24)</source>
        <translation>moderada (13-24)</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="187" />
        <source>moderately severe (25-36)</source>
        <translation>moderadamente grave (25-36)</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="188" />
        <source>severe (more than 36)</source>
        <translation>grave (más de 36)</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="278" />
        <location filename="../../app/tools/cows.py" line="296" />
        <source>CA Bridge</source>
        <translation>CA Bridge</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="278" />
        <source>COWS 8 or more, with at least 1 objective sign of withdrawal (2 preferred). If the person feels the withdrawal is only mild, it is too soon.</source>
        <translation>COWS de 8 o más, con al menos 1 signo objetivo de abstinencia (preferiblemente 2). Si la persona siente que la abstinencia es solo leve, es demasiado pronto.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="281" />
        <location filename="../../app/tools/cows.py" line="288" />
        <location filename="../../app/tools/cows.py" line="300" />
        <source>NIDA ED algorithm (2018)</source>
        <translation>Algoritmo del NIDA para la sala de emergencias (2018)</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="281" />
        <source>COWS 8 or more: first dose 4-8 mg buprenorphine SL. COWS 0-7: no buprenorphine yet.</source>
        <translation>COWS de 8 o más: primera dosis de 4-8 mg de buprenorfina SL. COWS de 0-7: todavía sin buprenorfina.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="284" />
        <location filename="../../app/tools/cows.py" line="286" />
        <source>ACEP BUPE tool</source>
        <translation>Herramienta BUPE del ACEP</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="284" />
        <source>COWS 8 or more in general.</source>
        <translation>COWS de 8 o más en general.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="286" />
        <source>COWS 13 or more for long-acting opioids, especially methadone.</source>
        <translation>COWS de 13 o más para opioides de acción prolongada, especialmente la metadona.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="288" />
        <source>COWS above 13: consider 8 mg as the first dose.</source>
        <translation>COWS mayor de 13: considere 8 mg como primera dosis.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="293" />
        <source>Methadone: withdrawal may not start until 48 h or more after the last dose, and can take more than 72 h. Illicit fentanyl: the onset is variable and may be more than 72 h.</source>
        <translation>Metadona: es posible que la abstinencia no empiece hasta 48 h o más después de la última dosis, y puede tardar más de 72 h. Fentanilo ilícito: el inicio es variable y puede ser de más de 72 h.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="297" />
        <source>People on methadone can have withdrawal reactions to buprenorphine up to 72 h after their last methadone dose; consider consultation.</source>
        <translation>Las personas que toman metadona pueden tener reacciones de abstinencia con la buprenorfina hasta 72 h después de su última dosis de metadona; considere una interconsulta.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="301" />
        <source>People dependent on methadone or other long-acting opioids are more prone to precipitated and prolonged withdrawal; buprenorphine alone (monotherapy, without naloxone) is recommended to start.</source>
        <translation>Las personas con dependencia de la metadona u otros opioides de acción prolongada son más propensas a la abstinencia precipitada y prolongada; para empezar se recomienda buprenorfina sola (monoterapia, sin naloxona).</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="305" />
        <source>Suboxone label</source>
        <translation>Etiqueta de Suboxone</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="320" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="320" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="321" />
        <source>Band</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="321" />
        <source>Item points</source>
        <translation>Puntos por ítem</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="358" />
        <source>COWS: no scores recorded.</source>
        <translation>COWS: no hay puntuaciones registradas.</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="359" />
        <source>%1  COWS %2 of %3: %4</source>
        <translation>%1  COWS %2 de %3: %4</translation>
    </message>
    <message>
        <location filename="../../app/tools/cows.py" line="367" />
        <source>Change from %1 to %2: %3</source>
        <translation>Cambio de %1 a %2: %3</translation>
    </message>
</context>
<context>
    <name>oud</name>
    <message>
        <location filename="../../app/tools/oud.py" line="34" />
        <source>Takes opioids in larger amounts, or for longer, than intended.</source>
        <translation>Toma opioides en cantidades mayores, o durante más tiempo, de lo que pretendía.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="36" />
        <source>A persistent wish to cut down or control use, or attempts to that have not worked.</source>
        <translation>Deseo persistente de reducir o controlar el consumo, o intentos de hacerlo que no han funcionado.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="38" />
        <source>Spends a lot of time getting opioids, using them or recovering from them.</source>
        <translation>Dedica mucho tiempo a conseguir opioides, consumirlos o recuperarse de sus efectos.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="40" />
        <source>Craving: a strong desire or urge to use opioids.</source>
        <translation>Ansias: un fuerte deseo o necesidad de consumir opioides.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="41" />
        <source>Use leads to failing to meet major duties at work, school or home.</source>
        <translation>El consumo lleva a no cumplir obligaciones importantes en el trabajo, la escuela o el hogar.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="43" />
        <source>Keeps using despite repeated social or relationship problems caused or made worse by opioids.</source>
        <translation>Sigue consumiendo a pesar de problemas sociales o de relación repetidos, causados o empeorados por los opioides.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="45" />
        <source>Has given up or cut back important social, work or leisure activities because of use.</source>
        <translation>Ha abandonado o reducido actividades sociales, laborales o recreativas importantes a causa del consumo.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="47" />
        <source>Uses again and again in situations where it is physically dangerous.</source>
        <translation>Consume una y otra vez en situaciones en las que es físicamente peligroso.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="49" />
        <source>Keeps using despite knowing of a lasting or recurring physical or psychological problem that opioids likely cause or make worse.</source>
        <translation>Sigue consumiendo a pesar de saber que tiene un problema físico o psicológico persistente o recurrente que probablemente los opioides causan o empeoran.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="52" />
        <source>Tolerance: needs markedly more for the same effect, or gets markedly less effect from the same amount.</source>
        <translation>Tolerancia: necesita una cantidad notablemente mayor para lograr el mismo efecto, u obtiene un efecto notablemente menor con la misma cantidad.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="55" />
        <source>Withdrawal: has the typical opioid withdrawal syndrome, or takes opioids to relieve or avoid it.</source>
        <translation>Abstinencia: presenta el síndrome de abstinencia típico de los opioides, o toma opioides para aliviarlo o evitarlo.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="60" />
        <source>DSM-5 opioid use disorder checklist</source>
        <translation>Lista de verificación del DSM-5 para el trastorno por consumo de opioides</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="61" />
        <source>Count a criterion only if it occurred within the same 12-month period.</source>
        <translation>Cuente un criterio solo si ocurrió dentro del mismo período de 12 meses.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="63" />
        <source>Taking opioids only as prescribed under appropriate medical supervision: tolerance (10) and withdrawal (11) are not counted.</source>
        <translation>Si se toman opioides solo según lo recetado y bajo supervisión médica adecuada: la tolerancia (10) y la abstinencia (11) no se cuentan.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="77" />
        <source>below the DSM-5 threshold for opioid use disorder (0-1 criteria)</source>
        <translation>por debajo del umbral del DSM-5 para el trastorno por consumo de opioides (0-1 criterios)</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="79" />
        <source>mild opioid use disorder (2-3 criteria)</source>
        <translation>trastorno por consumo de opioides leve (2-3 criterios)</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="80" />
        <source>moderate opioid use disorder (4-5 criteria)</source>
        <translation>trastorno por consumo de opioides moderado (4-5 criterios)</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="82" />
        <source>severe opioid use disorder (6 or more criteria)</source>
        <translation>trastorno por consumo de opioides grave (6 o más criterios)</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="157" />
        <source>Criteria counted: %1 of %2: %3</source>
        <translation>Criterios contados: %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="161" />
        <source>No criteria ticked.</source>
        <translation>No hay criterios marcados.</translation>
    </message>
    <message>
        <location filename="../../app/tools/oud.py" line="162" />
        <source>(not counted: taken as prescribed)</source>
        <translation>(no se cuenta: tomado según lo recetado)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/gui/dialogs.py" line="15" />
        <source>Open in your web browser?</source>
        <translation>¿Abrir en su navegador web?</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="16" />
        <source>This link leads outside OpioidRef:</source>
        <translation>Este enlace lleva fuera de OpioidRef:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="18" />
        <source>OpioidRef works offline. Open it in your web browser (needs a network)?</source>
        <translation>OpioidRef funciona sin conexión. ¿Abrirlo en su navegador web (necesita conexión a una red)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="27" />
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="30" />
        <source>Offline reference on heroin and other opioids.</source>
        <translation>Referencia sin conexión sobre la heroína y otros opioides.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="31" />
        <source>Content version</source>
        <translation>Versión del contenido</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="32" />
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="33" />
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="34" />
        <source>Content file</source>
        <translation>Archivo de contenido</translation>
    </message>
</context>
</TS>