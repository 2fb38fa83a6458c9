/** @jsxRuntime classic */
/** @jsx createElement */
/** @jsxFrag Fragment */
/*
 * The classic JSX runtime on purpose: the automatic one makes the build depend on the
 * `react-jsx-runtime` script handle, which WordPress only has from 6.6, and the editor
 * script would then not load on 6.1 (Debian stable). test/build.test.ts checks it.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the JSX pragma uses createElement.
import { createElement, Fragment, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import {
  Disabled,
  Notice,
  PanelBody,
  RangeControl,
  SelectControl,
  TextControl,
  ToggleControl,
} from '@wordpress/components';
import apiFetch from '@wordpress/api-fetch';
import ServerSideRender from '@wordpress/server-side-render';

/** Site defaults printed by the plugin (Settings -> Kiosque). */
function siteDefaults() {
  const given = typeof window !== 'undefined' ? window.kiosqueEditor : undefined;
  return { instance: '', group: '', lang: '', ...(given || {}) };
}

/**
 * Asks the site whether the group handles exist on the instance (debounced), and returns
 * the unknown ones, or an error message when the instance could not be asked.
 */
function useGroupCheck(instance, group) {
  const [state, setState] = useState({ unknown: [], error: null });
  useEffect(() => {
    if (!group || !group.trim()) {
      setState({ unknown: [], error: null });
      return undefined;
    }
    let active = true;
    const timer = setTimeout(() => {
      apiFetch({
        path: `/kiosque/v1/group?instance=${encodeURIComponent(instance || '')}&handle=${encodeURIComponent(group)}`,
      })
        .then((result) => active && setState({ unknown: result.unknown || [], error: null }))
        .catch((error) => active && setState({ unknown: [], error: error.message || null }));
    }, 600);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [instance, group]);
  return state;
}

function GroupNotice({ instance, group }) {
  const { unknown, error } = useGroupCheck(instance, group);
  if (error) {
    return (
      <Notice status="warning" isDismissible={false}>
        {error}
      </Notice>
    );
  }
  if (unknown.length === 0) return null;
  return (
    <Notice status="warning" isDismissible={false}>
      {sprintf(
        /* translators: %s: comma-separated group handles. */
        __(
          'Unknown on this instance: %s. Check the spelling, or add @domain for a group of another instance.',
          'kiosque',
        ),
        unknown.join(', '),
      )}
    </Notice>
  );
}

/** One control per attribute the block declares, in the order of the panels below. */
function controlFor(name, attributes, setAttributes, defaults) {
  const value = attributes[name];
  const set = (next) => setAttributes({ [name]: next });
  switch (name) {
    case 'instance':
      return (
        <TextControl
          key={name}
          label={__('Instance', 'kiosque')}
          type="url"
          value={value}
          placeholder={defaults.instance || 'https://mobilizon.example'}
          help={__('Empty: the instance of Settings → Kiosque.', 'kiosque')}
          onChange={set}
        />
      );
    case 'group':
      return (
        <Fragment key={name}>
          <TextControl
            label={__('Group', 'kiosque')}
            value={value}
            placeholder={defaults.group}
            help={__(
              'One or several handles, separated by commas ("name" or "name@domain"). Empty: the site setting, else the instance\'s upcoming events.',
              'kiosque',
            )}
            onChange={set}
          />
          <GroupNotice instance={attributes.instance || defaults.instance} group={value} />
        </Fragment>
      );
    case 'uuid':
      return (
        <TextControl
          key={name}
          label={__('Event', 'kiosque')}
          value={value}
          placeholder="https://mobilizon.example/events/…"
          help={__('The address of the event on the instance, or its UUID.', 'kiosque')}
          onChange={set}
        />
      );
    case 'tags':
      return (
        <TextControl
          key={name}
          label={__('Tags', 'kiosque')}
          value={value}
          help={__('Comma-separated; events with any of them.', 'kiosque')}
          onChange={set}
        />
      );
    case 'category':
      return (
        <TextControl
          key={name}
          label={__('Category', 'kiosque')}
          value={value}
          placeholder="MEETING"
          help={__('A Mobilizon category id, such as MEETING or WORKSHOP.', 'kiosque')}
          onChange={set}
        />
      );
    case 'type':
      return (
        <SelectControl
          key={name}
          label={__('Kind of events', 'kiosque')}
          value={value}
          options={[
            { value: '', label: __('Online and in person', 'kiosque') },
            { value: 'online', label: __('Online only', 'kiosque') },
            { value: 'in-person', label: __('In person only', 'kiosque') },
          ]}
          onChange={set}
        />
      );
    case 'near':
      return (
        <TextControl
          key={name}
          label={__('Near (latitude, longitude)', 'kiosque')}
          value={value}
          placeholder="45.76, 4.84"
          onChange={set}
        />
      );
    case 'radius':
      return (
        <TextControl
          key={name}
          label={__('Radius (km)', 'kiosque')}
          type="number"
          min={1}
          value={value ?? ''}
          onChange={(next) => set(next === '' ? undefined : Number(next))}
        />
      );
    case 'from':
    case 'to':
      return (
        <TextControl
          key={name}
          label={name === 'from' ? __('From', 'kiosque') : __('Until', 'kiosque')}
          type="date"
          value={value}
          onChange={set}
        />
      );
    case 'search':
      return (
        <TextControl key={name} label={__('Search', 'kiosque')} value={value} onChange={set} />
      );
    case 'limit':
      return (
        <RangeControl
          key={name}
          label={__('Number of events', 'kiosque')}
          min={1}
          max={99}
          value={value}
          onChange={set}
        />
      );
    case 'layout':
      return (
        <SelectControl
          key={name}
          label={__('Layout', 'kiosque')}
          value={value}
          options={[
            { value: 'list', label: __('List', 'kiosque') },
            { value: 'grid', label: __('Grid of cards', 'kiosque') },
            { value: 'compact', label: __('Compact (sidebars)', 'kiosque') },
          ]}
          onChange={set}
        />
      );
    case 'theme':
      return (
        <SelectControl
          key={name}
          label={__('Colours', 'kiosque')}
          value={value}
          options={[
            { value: '', label: __('Default (light)', 'kiosque') },
            { value: 'light', label: __('Light', 'kiosque') },
            { value: 'dark', label: __('Dark', 'kiosque') },
            { value: 'auto', label: __("Follow the visitor's system", 'kiosque') },
          ]}
          onChange={set}
        />
      );
    case 'lang':
      return (
        <TextControl
          key={name}
          label={__('Language', 'kiosque')}
          value={value}
          placeholder={defaults.lang}
          help={__('Empty: the site language.', 'kiosque')}
          onChange={set}
        />
      );
    case 'withoutImages':
    case 'withoutImage':
      return (
        <ToggleControl
          key={name}
          label={__('Hide pictures', 'kiosque')}
          checked={Boolean(value)}
          onChange={set}
        />
      );
    case 'withoutJsonLd':
      return (
        <ToggleControl
          key={name}
          label={__('Leave out search-engine data (JSON-LD)', 'kiosque')}
          checked={Boolean(value)}
          onChange={set}
        />
      );
    case 'center':
      return (
        <TextControl
          key={name}
          label={__('Centre (latitude, longitude)', 'kiosque')}
          value={value}
          help={__('Empty: fit the map to the events.', 'kiosque')}
          onChange={set}
        />
      );
    case 'zoom':
      return (
        <RangeControl
          key={name}
          label={__('Zoom', 'kiosque')}
          min={1}
          max={18}
          allowReset
          value={value}
          onChange={set}
        />
      );
    case 'tiles':
      return (
        <TextControl
          key={name}
          label={__('Tile address', 'kiosque')}
          value={value}
          placeholder="https://tile.example/{z}/{x}/{y}.png"
          help={__("Empty: the site setting, else the instance's tiles.", 'kiosque')}
          onChange={set}
        />
      );
    case 'attribution':
      return (
        <TextControl
          key={name}
          label={__('Tile attribution', 'kiosque')}
          value={value}
          onChange={set}
        />
      );
    case 'consent':
      return (
        <ToggleControl
          key={name}
          label={__('Ask before loading the map', 'kiosque')}
          checked={Boolean(value)}
          onChange={set}
        />
      );
    case 'locate':
      return (
        <ToggleControl
          key={name}
          label={__('"Near me" button', 'kiosque')}
          checked={Boolean(value)}
          onChange={set}
        />
      );
    default:
      return null;
  }
}

const PANELS = [
  { title: () => __('Source', 'kiosque'), names: ['instance', 'group', 'uuid'], open: true },
  {
    title: () => __('Filters', 'kiosque'),
    names: ['tags', 'category', 'type', 'near', 'radius', 'from', 'to', 'search'],
    open: false,
  },
  {
    title: () => __('Map', 'kiosque'),
    names: ['center', 'zoom', 'tiles', 'attribution', 'consent', 'locate'],
    open: false,
  },
  {
    title: () => __('Display', 'kiosque'),
    names: ['limit', 'layout', 'theme', 'lang', 'withoutImages', 'withoutImage', 'withoutJsonLd'],
    open: true,
  },
];

/**
 * The editor of every Kiosque block: inspector controls for each attribute of its
 * block.json, and a live preview rendered by the server (the same HTML visitors get, which
 * the elements script then upgrades in the editor too).
 */
export function Edit({ attributes, setAttributes, name, metadata }) {
  const blockProps = useBlockProps();
  const defaults = siteDefaults();
  const declared = Object.keys(metadata.attributes);
  return (
    <div {...blockProps}>
      <InspectorControls>
        {PANELS.map((panel) => {
          const names = panel.names.filter((n) => declared.includes(n));
          if (names.length === 0) return null;
          return (
            <PanelBody key={panel.names[0]} title={panel.title()} initialOpen={panel.open}>
              {names.map((n) => controlFor(n, attributes, setAttributes, defaults))}
            </PanelBody>
          );
        })}
      </InspectorControls>
      <Disabled>
        <ServerSideRender block={name} attributes={attributes} />
      </Disabled>
    </div>
  );
}
